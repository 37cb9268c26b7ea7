import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { type StaffConfirmStep, StaffDetailView } from "@/components/admin/staff-detail-view";
import { localeOf } from "@/i18n/routing";
import { listDesks } from "@/server/admin/list-desks";
import { requirePagePermission } from "@/server/admin/page-permission";
import { actorCan } from "@/server/auth/require-permission";
import { getStaffMember } from "@/server/staff/list-staff";
import {
  disableStaffAction,
  enableStaffAction,
  resetStaffPasswordAction,
  resetStaffSecondFactorAction,
  revokeStaffSessionsAction,
  updateStaffAction,
} from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const CONFIRM_STEPS: readonly StaffConfirmStep[] = ["disable", "resetPassword", "resetSecondFactor", "revokeSessions"];

const idOf = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.users" });
  return { title: t("detail.metaTitle") };
}

export default async function StaffMemberPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { id: raw } = await params;
  const actor = await requirePagePermission(
    locale,
    "user:manage",
    idOf(raw) === null ? "/admin/users" : `/admin/users/${raw}`,
  );
  const id = idOf(raw);
  if (id === null) notFound();
  const [person, desks, query] = await Promise.all([getStaffMember({ id, locale }), listDesks(locale), searchParams]);
  if (!person) notFound();
  const confirm = CONFIRM_STEPS.find((step) => step === first(query.confirm));
  return (
    <StaffDetailView
      locale={locale}
      person={person}
      desks={desks}
      self={person.id === actor.userId}
      canReadAudit={actorCan(actor, "audit:read")}
      done={first(query.done)}
      confirm={confirm}
      actions={{
        update: updateStaffAction,
        disable: disableStaffAction,
        enable: enableStaffAction,
        resetPassword: resetStaffPasswordAction,
        resetSecondFactor: resetStaffSecondFactorAction,
        revokeSessions: revokeStaffSessionsAction,
      }}
    />
  );
}
