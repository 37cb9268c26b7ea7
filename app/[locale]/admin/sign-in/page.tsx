import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthFrame } from "@/components/auth/auth-frame";
import { DemoAccounts } from "@/components/auth/demo-accounts";
import { SignInForm } from "@/components/auth/sign-in-form";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { safeNext } from "@/lib/schemas/staff";
import { currentSession } from "@/server/auth/session";
import { env } from "@/server/env";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "Admin.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const next = safeNext.parse(typeof query.next === "string" ? query.next : undefined);
  const session = await currentSession();
  if (session?.stage === "ACTIVE") redirect(next ?? localePath(locale, "/admin"));
  const t = await getTranslations("Admin.signIn");
  const notice = query.expired
    ? t("expired")
    : query.password === "set"
      ? t("passwordSet")
      : query.out
        ? t("signedOut")
        : null;
  return (
    <AuthFrame title={t("title")} intro={t("intro")}>
      {notice ? (
        <p role="status" className="mb-5 rounded-md border-l-4 border-brand-700 bg-brand-50 p-3">
          {notice}
        </p>
      ) : null}
      <SignInForm action={signInAction} locale={locale} next={next} />
      <p className="mt-6 text-sm text-muted">{t("forgotten")}</p>
      {env.PORTAL_DEMO === "1" ? <DemoAccounts /> : null}
    </AuthFrame>
  );
}
