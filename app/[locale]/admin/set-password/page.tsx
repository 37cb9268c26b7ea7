import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthFrame } from "@/components/auth/auth-frame";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { findUsableLink } from "@/server/auth/links";
import { setPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "Admin.setPassword" });
  // The token is in this page's address: no referrer leaves it.
  return { title: t("title"), referrer: "no-referrer" };
}

/** The page a one-time link (an invitation, a reset) opens. */
export default async function SetPasswordPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const token = (await searchParams).token;
  const t = await getTranslations("Admin.setPassword");
  const link = typeof token === "string" ? await findUsableLink(token) : null;
  if (!link || typeof token !== "string") {
    return (
      <AuthFrame title={t("unusableTitle")} intro={t("unusable")}>
        <a href={localePath(locale, "/admin/sign-in")} className="font-semibold text-brand-800 underline">
          {t("signInLink")}
        </a>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t("title")} intro={t("intro", { name: link.user.name, email: link.user.email })}>
      <SetPasswordForm action={setPasswordAction} locale={locale} token={token} />
    </AuthFrame>
  );
}
