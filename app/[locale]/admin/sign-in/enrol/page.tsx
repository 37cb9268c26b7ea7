import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthFrame } from "@/components/auth/auth-frame";
import { CodeForm } from "@/components/auth/code-form";
import { TotpSetup } from "@/components/auth/totp-setup";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { enrolmentSecret } from "@/server/auth/second-factor";
import { currentSession } from "@/server/auth/session";
import { enrolAtSignInAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "Admin.signIn" });
  return { title: t("enrolTitle") };
}

/**
 * An administrator's sign-in without a second factor yet: set one up now.
 * Once confirmed, the same request answers with the recovery codes (the
 * session is then a signed-in one), so this page also renders for that.
 */
export default async function EnrolPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const session = await currentSession();
  const t = await getTranslations("Admin.signIn");
  if (!session || session.stage === "SECOND_FACTOR") redirect(localePath(locale, "/admin/sign-in?expired=1"));
  const enrolling = session.stage === "ENROL_SECOND_FACTOR";
  const secret = enrolling ? await enrolmentSecret(session.actor.userId) : null;
  // The form keeps its place in the page whatever the stage: the confirming
  // post makes the session a signed-in one, and the page it renders must keep
  // the form's answer (the recovery codes) rather than start a new form.
  return (
    <AuthFrame title={t("enrolTitle")} intro={enrolling ? t("enrolIntro") : undefined}>
      {secret ? <TotpSetup secret={secret} account={session.actor.email} /> : null}
      <div className="mt-6">
        <CodeForm
          action={enrolAtSignInAction}
          locale={locale}
          label={t("code")}
          hint={t("enrolCodeHint")}
          submit={t("enrolSubmit")}
          continueHref={localePath(locale, "/admin")}
          finished={!enrolling}
        />
      </div>
    </AuthFrame>
  );
}
