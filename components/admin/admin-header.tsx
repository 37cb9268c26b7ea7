import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { Permission } from "@/lib/permissions";
import { actorCan } from "@/server/auth/require-permission";
import type { StaffActor } from "@/server/auth/session";
import type { SiteSettings } from "@/server/site/get-site-settings";
import { LanguageMenu } from "../layout/language-menu";
import { SkipLink } from "../layout/skip-link";
import { Emblem } from "../ui/emblem";
import { AdminNav, type AdminNavItem } from "./admin-nav";
import { SignOutForm } from "./sign-out-form";

type SignOut = Parameters<typeof SignOutForm>[0]["action"];

type SectionKey =
  | "home"
  | "inquiries"
  | "reports"
  | "content"
  | "posts"
  | "parcels"
  | "desks"
  | "holidays"
  | "settings"
  | "personalData"
  | "users"
  | "audit"
  | "account";

const SECTIONS: readonly { path: string; key: SectionKey; permission: Permission }[] = [
  { path: "/admin", key: "home", permission: "dashboard:view" },
  { path: "/admin/inquiries", key: "inquiries", permission: "inquiry:read:own-desk" },
  { path: "/admin/reports", key: "reports", permission: "report:read" },
  { path: "/admin/posts", key: "posts", permission: "post:write" },
  { path: "/admin/parcels", key: "parcels", permission: "parcel:manage" },
  { path: "/admin/content", key: "content", permission: "content:edit" },
  { path: "/admin/desks", key: "desks", permission: "desk:manage" },
  { path: "/admin/holidays", key: "holidays", permission: "settings:manage" },
  { path: "/admin/settings", key: "settings", permission: "settings:manage" },
  { path: "/admin/personal-data", key: "personalData", permission: "personal-data:manage" },
  { path: "/admin/users", key: "users", permission: "user:manage" },
  { path: "/admin/audit", key: "audit", permission: "audit:read" },
  { path: "/admin/account", key: "account", permission: "account:self" },
];

/**
 * The back office's header: skip link, the portal's mark, who is signed in
 * (and as what), the language, signing out, and the sections this person
 * may open (no link to a page their role would refuse).
 */
export async function AdminHeader({
  locale,
  actor,
  settings,
  signOut,
}: {
  locale: Locale;
  actor: StaffActor;
  settings: SiteSettings;
  signOut: SignOut;
}) {
  const [t, tr] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.shell" }),
    getTranslations({ locale, namespace: "Admin.roles.names" }),
  ]);
  const items: AdminNavItem[] = SECTIONS.filter((section) => actorCan(actor, section.permission)).map((section) => ({
    href: localePath(locale, section.path),
    label: t(`nav.${section.key}`),
    exact: section.path === "/admin",
  }));
  return (
    <header className="print:hidden">
      <SkipLink label={t("skipToContent")} />
      <div className="bg-brand-950 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
          <a
            href={localePath(locale, "/admin")}
            className="flex items-center gap-3"
            aria-label={t("homeLink", { brand: settings.brandName })}
          >
            <Emblem className="size-10 shrink-0" />
            <span className="leading-tight">
              <span lang={settings.lang} className="block font-bold">
                {settings.brandName}
              </span>
              <span className="block text-sm text-brand-100">{t("backOffice")}</span>
            </span>
          </a>
          <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
            <LanguageMenu current={locale} />
            <p className="leading-tight">
              <span className="sr-only">{t("signedInAs")} </span>
              <span className="block font-semibold">{actor.name}</span>
              <span className="block text-brand-100">{tr(actor.role)}</span>
            </p>
            <SignOutForm action={signOut} locale={locale} />
          </div>
        </div>
      </div>
      <AdminNav label={t("navigation")} items={items} />
    </header>
  );
}
