import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountView } from "@/components/admin/account-view";
import { localeOf } from "@/i18n/routing";
import { secondFactorRequired } from "@/lib/permissions";
import { getOwnAccount } from "@/server/admin/own-account";
import { requirePagePermission } from "@/server/admin/page-permission";
import { enrolmentSecret } from "@/server/auth/second-factor";
import { listLiveSessions } from "@/server/staff/list-staff";
import { signOutAction } from "../actions";
import {
  changeOwnPasswordAction,
  confirmEnrolmentAction,
  disableSecondFactorAction,
  regenerateRecoveryCodesAction,
  revokeOwnSessionAction,
} from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.account" });
  return { title: t("title") };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const actor = await requirePagePermission(locale, "account:self", "/admin/account");
  const [account, sessions, query] = await Promise.all([
    getOwnAccount(actor.userId),
    listLiveSessions(actor.userId),
    searchParams,
  ]);
  // A secret is made only when the person asks to set up the app, not on every visit.
  const enrolling = query.enrol === "1";
  const secret = enrolling && account.secondFactorSince === null ? await enrolmentSecret(actor.userId) : null;
  return (
    <AccountView
      locale={locale}
      actor={actor}
      account={account}
      sessions={sessions}
      enrolment={enrolling ? { secret } : null}
      mayTurnOff={!secondFactorRequired(actor.role)}
      done={typeof query.done === "string" ? query.done : undefined}
      actions={{
        signOut: signOutAction,
        revokeSession: revokeOwnSessionAction,
        changePassword: changeOwnPasswordAction,
        confirmEnrolment: confirmEnrolmentAction,
        regenerateCodes: regenerateRecoveryCodesAction,
        disableSecondFactor: disableSecondFactorAction,
      }}
    />
  );
}
