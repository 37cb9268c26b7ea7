import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { routing } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { Permission } from "@/lib/permissions";
import { actorCan } from "@/server/auth/require-permission";
import type { StaffActor } from "@/server/auth/session";
import type { SiteSettings } from "@/server/site/get-site-settings";
import { LanguageSwitcher } from "../layout/language-switcher";
import { Emblem } from "../ui/emblem";
import { AdminNav, type AdminNavItem } from "./admin-nav";
import { SignOutForm } from "./sign-out-form";

type SignOut = Parameters<typeof SignOutForm>[0]["action"];

const SECTIONS: readonly { path: string; key: "home" | "users" | "audit" | "account"; permission: Permission }[] = [
  { path: "/admin", key: "home", permission: "dashboard:view" },
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
  const [t, tl, tr] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.shell" }),
    getTranslations({ locale, namespace: "Layout" }),
    getTranslations({ locale, namespace: "Admin.roles.names" }),
  ]);
  const names = Object.fromEntries(
    await Promise.all(
      routing.locales.map(async (l) => [
        l,
        (await getTranslations({ locale: l, namespace: "Layout.language" }))("name"),
      ]),
    ),
  );
  const items: AdminNavItem[] = SECTIONS.filter((section) => actorCan(actor, section.permission)).map((section) => ({
    href: localePath(locale, section.path),
    label: t(`nav.${section.key}`),
    exact: section.path === "/admin",
  }));
  return (
    <header>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
      >
        {t("skipToContent")}
      </a>
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
            <LanguageSwitcher label={tl("language.label")} names={names} current={locale} />
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
