import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InquiryDetailView } from "@/components/admin/inquiry-detail-view";
import { localeOf } from "@/i18n/routing";
import { requirePagePermission } from "@/server/admin/page-permission";
import { getInquiryDetail } from "@/server/inquiries/inquiry-detail";
import {
  addInquiryNoteAction,
  assignInquiryAction,
  changeInquiryStatusAction,
  confirmSpamAction,
  releaseHeldInquiryAction,
  replyToInquiryAction,
  rerouteInquiryAction,
} from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; reference: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const referenceOf = (raw: string) => {
  const reference = decodeURIComponent(raw).trim().toUpperCase();
  return /^[A-Z0-9-]{1,20}$/.test(reference) ? reference : null;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.inquiry" });
  return { title: t("metaTitle", { reference: referenceOf((await params).reference) ?? "" }) };
}

/** One inquiry: an unknown reference and one outside the person's desks are the same 404. */
export default async function InquiryPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { reference: raw } = await params;
  const reference = referenceOf(raw);
  const actor = await requirePagePermission(
    locale,
    "inquiry:read:own-desk",
    reference ? `/admin/inquiries/${reference}` : "/admin/inquiries",
  );
  if (!reference) notFound();
  const [inquiry, query] = await Promise.all([getInquiryDetail({ actor, reference, locale }), searchParams]);
  if (!inquiry) notFound();
  return (
    <InquiryDetailView
      locale={locale}
      inquiry={inquiry}
      actorId={actor.userId}
      done={first(query.done)}
      actions={{
        assign: assignInquiryAction,
        status: changeInquiryStatusAction,
        reroute: rerouteInquiryAction,
        note: addInquiryNoteAction,
        reply: replyToInquiryAction,
        release: releaseHeldInquiryAction,
        spam: confirmSpamAction,
      }}
    />
  );
}
