import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";
import { currentSession } from "@/server/auth/session";
import { LinkButton } from "../ui/link-button";

/** The 403 page inside the back office: what is refused and why, and the way back. */
export async function ForbiddenView() {
  const locale = await getLocale();
  const [t, tr, session] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.forbidden" }),
    getTranslations({ locale, namespace: "Admin.roles.names" }),
    currentSession(),
  ]);
  return (
    <div className="max-w-2xl">
      <p className="font-semibold text-muted">{t("code")}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-brand-900">{t("title")}</h1>
      <p className="mt-4 text-lg">{session ? t("body", { role: tr(session.actor.role) }) : t("bodyNoRole")}</p>
      <p className="mt-2 text-lg">{t("ask")}</p>
      <LinkButton href={localePath(locale, "/admin")} variant="solid" className="mt-6">
        {t("home")}
      </LinkButton>
    </div>
  );
}

/** The 404 page inside the back office. */
export async function AdminNotFoundView() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "Admin.shell.notFound" });
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("body")}</p>
      <LinkButton href={localePath(locale, "/admin")} variant="solid" className="mt-6">
        {t("home")}
      </LinkButton>
    </div>
  );
}
