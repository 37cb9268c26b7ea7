import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { CLOSE_REASONS, INQUIRY_STATUSES } from "@/lib/inquiry-workflow";
import type { TimelineEntry } from "@/server/inquiries/inquiry-detail";

const EMAIL_KINDS = ["investor", "desk", "reply", "rerouted"] as const;

/** The e-mail a ledger row or an event names, in words ("reply:12" is a reply). */
export async function emailKindLabel(locale: Locale, kind: string | undefined): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Admin.inquiry.emails.kinds" });
  const base = (kind ?? "").split(/[:#/]/)[0] ?? "";
  return (EMAIL_KINDS as readonly string[]).includes(base)
    ? t(base as (typeof EMAIL_KINDS)[number])
    : t("other", { kind: kind ?? "" });
}

/**
 * Everything that happened to an inquiry, oldest first: when, who (or the
 * portal itself), what, in words, with what was written (comments, notes,
 * replies) and whether the investor's status page shows it.
 */
export async function InquiryTimeline({ locale, entries }: { locale: Locale; entries: TimelineEntry[] }) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.inquiry" }),
    getFormatter({ locale }),
  ]);
  const status = (code: string | undefined) =>
    code && (INQUIRY_STATUSES as readonly string[]).includes(code)
      ? t(`statuses.${code as (typeof INQUIRY_STATUSES)[number]}`)
      : (code ?? "");
  const reason = (code: string | undefined) =>
    code && (CLOSE_REASONS as readonly string[]).includes(code)
      ? t(`status.reasons.${code as (typeof CLOSE_REASONS)[number]}`)
      : (code ?? "");

  const lines = await Promise.all(
    entries.map(async (entry): Promise<{ text: string; extra: { key: string; text: string; block?: boolean }[] }> => {
      const d = entry.details;
      const extra: { key: string; text: string; block?: boolean }[] = [];
      const comment = () => {
        if (d.comment) extra.push({ key: "comment", text: t("timeline.comment", { text: d.comment }) });
      };
      switch (entry.type) {
        case "received":
        case "unrouted":
        case "held":
        case "released":
        case "inProgress":
        case "closed":
        case "reopened":
        case "answered":
          return { text: t(`events.${entry.type}`), extra };
        case "routed":
          return {
            text:
              d.rule !== undefined
                ? t("events.routedRule", { desk: d.desk ?? "", rule: d.rule })
                : t("events.routedDefault", { desk: d.desk ?? "" }),
            extra,
          };
        case "assigned":
          return {
            text:
              d.to === undefined
                ? t("events.unassigned", { name: d.from ?? "" })
                : d.self
                  ? t("events.taken")
                  : t("events.assigned", { name: d.to }),
            extra,
          };
        case "status":
          if (d.reason) extra.push({ key: "reason", text: t("timeline.reason", { reason: reason(d.reason) }) });
          comment();
          return { text: t("events.status", { from: status(d.from), to: status(d.to) }), extra };
        case "rerouted":
          comment();
          return { text: t("events.rerouted", { from: d.from ?? "", to: d.to ?? "" }), extra };
        case "note":
          if (d.text) extra.push({ key: "text", text: d.text, block: true });
          return { text: t("events.note"), extra };
        case "reply":
          if (d.subject) extra.push({ key: "subject", text: t("timeline.subject", { subject: d.subject }) });
          if (d.text) extra.push({ key: "text", text: d.text, block: true });
          return { text: t("events.reply"), extra };
        case "email-sent":
        case "email-failed":
        case "email-uncertain": {
          const kind = await emailKindLabel(locale, d.kind);
          const key = (
            { "email-sent": "emailSent", "email-failed": "emailFailed", "email-uncertain": "emailUncertain" } as const
          )[entry.type];
          if (d.error) extra.push({ key: "error", text: t("events.error", { error: d.error }) });
          return { text: t(`events.${key}`, { kind, to: d.to ?? "" }), extra };
        }
        case "email-capped":
          return { text: t("events.emailCapped", { limit: d.limit ?? "" }), extra };
        case "anonymised":
          if (d.from) extra.push({ key: "closedFrom", text: t("timeline.closedFrom", { status: status(d.from) }) });
          return {
            text: d.reason === "retention" ? t("events.anonymisedRetention") : t("events.anonymisedRequest"),
            extra,
          };
        case "newsletter-withdrawn":
          return {
            text: d.by === "staff" ? t("events.newsletterWithdrawnStaff") : t("events.newsletterWithdrawnLink"),
            extra,
          };
        default:
          return { text: t("events.other", { type: entry.type }), extra };
      }
    }),
  );

  if (entries.length === 0) return <p className="mt-3">{t("timeline.empty")}</p>;
  return (
    <ol className="mt-4 space-y-0 border-l-2 border-brand-100">
      {entries.map((entry, index) => {
        const line = lines[index] as (typeof lines)[number];
        return (
          <li key={entry.id} className="relative pb-5 pl-5 last:pb-0">
            <span
              aria-hidden="true"
              className={`absolute top-1.5 -left-[7px] size-3 rounded-full ${
                entry.public ? "bg-brand-700" : "border-2 border-brand-600 bg-white"
              }`}
            />
            <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-muted">
              <time dateTime={entry.at.toISOString()}>
                {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}
              </time>
              <span>{entry.actor === null ? t("timeline.portal") : entry.actor || "—"}</span>
              {entry.public ? (
                <span className="rounded border border-brand-700 px-1.5 text-xs font-semibold text-brand-800">
                  {t("timeline.public")}
                </span>
              ) : null}
            </p>
            <p className="mt-0.5 font-medium text-ink">{line.text}</p>
            {line.extra.map((item) =>
              item.block ? (
                <blockquote
                  key={item.key}
                  className="mt-2 max-w-prose rounded-md border-l-4 border-brand-100 bg-brand-50/60 p-3 break-words whitespace-pre-wrap"
                >
                  {item.text}
                </blockquote>
              ) : (
                <p key={item.key} className="mt-1 break-words">
                  {item.text}
                </p>
              ),
            )}
          </li>
        );
      })}
    </ol>
  );
}
