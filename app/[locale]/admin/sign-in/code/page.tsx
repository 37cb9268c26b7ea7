import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthFrame } from "@/components/auth/auth-frame";
import { CodeForm } from "@/components/auth/code-form";
import { localeOf } from "@/i18n/routing";
import { DEMO_ACCOUNTS } from "@/lib/demo-accounts";
import { localePath } from "@/lib/paths";
import { safeNext } from "@/lib/schemas/staff";
import { currentSession } from "@/server/auth/session";
import { currentTotp } from "@/server/auth/totp";
import { env } from "@/server/env";
import { secondFactorAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "Admin.signIn" });
  return { title: t("codeTitle") };
}

/** The second step of signing in: only for a browser whose password was just accepted. */
export default async function SecondFactorPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const next = safeNext.parse(typeof query.next === "string" ? query.next : undefined);
  const session = await currentSession();
  if (session?.stage === "ACTIVE") redirect(next ?? localePath(locale, "/admin"));
  if (session?.stage !== "SECOND_FACTOR") redirect(localePath(locale, "/admin/sign-in?expired=1"));
  const t = await getTranslations("Admin.signIn");
  const demo = env.PORTAL_DEMO === "1" ? DEMO_ACCOUNTS.find((a) => a.email === session.actor.email) : undefined;
  return (
    <AuthFrame title={t("codeTitle")} intro={t("codeIntro")}>
      <CodeForm
        action={secondFactorAction}
        locale={locale}
        next={next}
        label={t("code")}
        hint={t("codeHint")}
        submit={t("codeSubmit")}
      />
      {demo?.totpSecret ? (
        <p className="mt-6 rounded-md border border-gold-400 bg-gold-50 p-3 text-sm">
          {t("demoCode", { code: await currentTotp(demo.totpSecret) })}
        </p>
      ) : null}
    </AuthFrame>
  );
}
