import "server-only";
import { routing } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { env } from "../env";
import { loadSite } from "./inquiry-emails";
import { translatorFor } from "./messages";
import { type MailMessage, mailDomain } from "./transport";
import { backOfficeUrl, officeDate, officeDateTime } from "./triage-emails";

export type DigestItem = {
  reference: string;
  organisation: string;
  createdAt: Date;
  dueAt: Date | null;
  assigneeName: string | null;
  /** Working days past the due time; null when the inquiry is not overdue (only unassigned). */
  overdueDays: number | null;
};

/**
 * A desk's daily digest, in the office's language: its inquiries overdue
 * for a first reply, then those waiting for an officer, each with a link to
 * the back office.
 */
export async function composeDeskDigest(options: {
  desk: { id: number; name: string; email: string };
  day: string;
  now: Date;
  items: DigestItem[];
}): Promise<MailMessage | null> {
  const { desk, day, now, items } = options;
  const locale = routing.defaultLocale;
  const [t, site] = await Promise.all([translatorFor(locale), loadSite(locale)]);
  if (!site) return null;
  const overdue = items.filter((item) => item.overdueDays !== null);
  const unassigned = items.filter((item) => item.overdueDays === null);
  const entry = (item: DigestItem) => [
    `- ${item.reference} · ${item.organisation}`,
    `  ${[
      t("digest.received", { at: officeDateTime(item.createdAt, locale) }),
      item.dueAt ? t("digest.due", { at: officeDateTime(item.dueAt, locale) }) : null,
      item.overdueDays === null
        ? null
        : t("digest.overdueBy", { days: Math.max(0.1, Math.round(item.overdueDays * 10) / 10) }),
      t("digest.assignee", { name: item.assigneeName ?? t("digest.unassigned") }),
    ]
      .filter(Boolean)
      .join("; ")}`,
    `  ${backOfficeUrl(item.reference)}`,
  ];
  const section = (heading: string, list: DigestItem[]) =>
    list.length === 0 ? [] : ["", heading, ...list.flatMap(entry)];
  return {
    to: desk.email,
    messageId: `<digest-${desk.id}-${day}@${mailDomain()}>`,
    fromName: site.brandName,
    subject: t("digest.subject", {
      desk: desk.name,
      total: items.length,
      overdue: overdue.length,
      date: officeDate(now, locale),
    }),
    text: [
      t("digest.greeting", { desk: desk.name }),
      "",
      t("digest.intro", { at: officeDateTime(now, locale) }),
      ...section(t("digest.overdueHeading", { count: overdue.length }), overdue),
      ...section(t("digest.unassignedHeading", { count: unassigned.length }), unassigned),
      "",
      t("digest.inbox", { url: `${env.SITE_URL}${localePath(locale, "/admin/inquiries")}` }),
      "",
      t("digest.footer"),
      site.authorityName,
    ].join("\n"),
  };
}
