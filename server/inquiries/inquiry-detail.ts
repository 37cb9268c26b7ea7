import "server-only";
import { type InquiryStatusCode, isOpen } from "@/lib/inquiry-workflow";
import { roleCan, STAFF_ROLES } from "@/lib/permissions";
import { localesFor, pickTranslation } from "@/lib/translations";
import type { StaffActor } from "../auth/session";
import { db } from "../db";
import { inScope, manageScopeOf, readScopeOf } from "./inquiry-scope";

// One inquiry as the back office's detail page shows it: everything the
// investor sent, where it was routed and why, the consent record, the whole
// timeline with names instead of ids, the e-mails it is owed, and who and
// where it can be given to. Outside the actor's desks it does not exist
// (the same answer as for a reference nobody has: docs/decisions/013).

export type RoutingReason =
  | { kind: "rule"; position: number; sector: string | null; hub: string | null; capitalRanges: string[] }
  | { kind: "default" }
  | { kind: "rerouted" }
  | { kind: "none" };

/** A timeline entry; `details` holds the event's data with names for the ids in it. */
export type TimelineEntry = {
  id: number;
  type: string;
  at: Date;
  public: boolean;
  /** The member of staff who made it; null: the portal itself. */
  actor: string | null;
  details: Record<string, string | undefined>;
};

export type DeliveryRow = {
  kind: string;
  state: "SENDING" | "SENT" | "NOT_ACCEPTED" | "UNCERTAIN";
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  updatedAt: Date;
};

export type InquiryDetail = {
  reference: string;
  status: InquiryStatusCode;
  version: number;
  /** The investor's language: their e-mails are written in it. */
  locale: string;
  createdAt: Date;
  dueAt: Date | null;
  overdue: boolean;
  firstResponseAt: Date | null;
  lastActivityAt: Date;
  closedAt: Date | null;
  anonymisedAt: Date | null;
  investor: {
    fullName: string;
    organisation: string;
    position: string | null;
    country: string;
    email: string;
    phone: string | null;
  };
  project: {
    sector: string;
    hub: string | null;
    parcelCodes: string[];
    capitalRange: string;
    landAreaM2: number | null;
    expectedJobs: number | null;
    timeline: string;
    message: string;
  };
  consent: { consentedAt: Date; privacyNoticeVersion: string; newsletterConsentAt: Date | null };
  desk: { id: number; name: string; email: string; lang: string } | null;
  routing: RoutingReason;
  assignee: { id: number; name: string } | null;
  /** Oldest first. */
  timeline: TimelineEntry[];
  deliveries: DeliveryRow[];
  /** E-mails written to the outbox and not yet handed to the queue. */
  queued: { kind: string; createdAt: Date }[];
  /** Who the inquiry can be given to: the officers of its desk and the administrators (active ones). */
  officers: { id: number; name: string }[];
  /** The active desks it can be re-routed to (not its own). */
  desks: { id: number; name: string; lang: string }[];
  /** Whether the actor may change it (else the page only shows it). */
  canManage: boolean;
};

const translated = { translations: { select: { locale: true, name: true } } } as const;

/** Whether a first reply is late: open, not held, unanswered, and past its due time. */
export function isOverdue(
  inquiry: { status: InquiryStatusCode; firstResponseAt: Date | null; dueAt: Date | null },
  now: Date,
): boolean {
  return (
    isOpen(inquiry.status) &&
    inquiry.status !== "HELD" &&
    inquiry.firstResponseAt === null &&
    inquiry.dueAt !== null &&
    inquiry.dueAt.getTime() < now.getTime()
  );
}

const asText = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
const asId = (value: unknown): number | null => (typeof value === "number" && Number.isInteger(value) ? value : null);

/** The inquiry with `reference` if the actor's desks cover it, else null (unknown or not theirs alike). */
export async function getInquiryDetail(input: {
  actor: StaffActor;
  reference: string;
  locale: string;
  now?: Date;
}): Promise<InquiryDetail | null> {
  const { actor, locale } = input;
  const scope = readScopeOf(actor);
  const reference = input.reference.trim().toUpperCase();
  if (scope === null || !/^[A-Z0-9-]{1,20}$/.test(reference)) return null;
  const locales = { where: { locale: { in: localesFor(locale) } } };
  const inquiry = await db.inquiry.findUnique({
    where: { reference },
    include: {
      sector: { include: { translations: { ...locales, select: { locale: true, name: true } } } },
      hub: { include: { translations: { ...locales, select: { locale: true, name: true } } } },
      desk: { include: { translations: { ...locales, select: { locale: true, name: true } } } },
      routingRule: {
        include: {
          sector: { include: { translations: { ...locales, select: { locale: true, name: true } } } },
          hub: { include: { translations: { ...locales, select: { locale: true, name: true } } } },
        },
      },
      assignee: { select: { id: true, name: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      deliveries: { orderBy: { id: "asc" } },
      outbox: { orderBy: { id: "asc" }, select: { kind: true, createdAt: true } },
    },
  });
  if (!inquiry || !inScope(scope, inquiry.deskId)) return null;

  const status = inquiry.status as InquiryStatusCode;
  const now = input.now ?? new Date();
  const nameOf = (row: { translations: { locale: string; name: string }[] }) =>
    pickTranslation(row.translations, locale).name;

  // Names for the ids the timeline holds: people (who acted, who was assigned) and desks.
  const personIds = new Set<number>();
  const deskIds = new Set<number>();
  const ruleIds = new Set<number>();
  for (const event of inquiry.events) {
    const data = (event.data ?? {}) as Record<string, unknown>;
    if (event.actorId !== null) personIds.add(event.actorId);
    if (event.type === "assigned") {
      for (const id of [asId(data.from), asId(data.to)]) if (id !== null) personIds.add(id);
    }
    if (event.type === "routed" || event.type === "rerouted") {
      for (const id of [asId(data.deskId), asId(data.from), asId(data.to)]) if (id !== null) deskIds.add(id);
      const ruleId = asId(data.ruleId);
      if (ruleId !== null) ruleIds.add(ruleId);
    }
  }
  const deskRoles = STAFF_ROLES.filter((role) => roleCan(role, "inquiry:manage:own-desk"));
  const anyRoles = STAFF_ROLES.filter((role) => roleCan(role, "inquiry:manage:any"));
  const [people, eventDesks, rules, officers, activeDesks] = await Promise.all([
    db.staffUser.findMany({ where: { id: { in: [...personIds] } }, select: { id: true, name: true } }),
    db.desk.findMany({ where: { id: { in: [...deskIds] } }, select: { id: true, ...translated } }),
    db.routingRule.findMany({ where: { id: { in: [...ruleIds] } }, select: { id: true, position: true } }),
    db.staffUser.findMany({
      where: {
        active: true,
        OR: [
          { role: { in: anyRoles } },
          ...(inquiry.deskId === null
            ? []
            : [{ role: { in: deskRoles }, desks: { some: { deskId: inquiry.deskId } } }]),
        ],
      },
      select: { id: true, name: true },
    }),
    db.desk.findMany({ where: { active: true }, orderBy: { id: "asc" }, select: { id: true, ...translated } }),
  ]);
  const personName = new Map(people.map((person) => [person.id, person.name]));
  const deskName = new Map(eventDesks.map((desk) => [desk.id, nameOf(desk)]));
  const rulePosition = new Map(rules.map((rule) => [rule.id, rule.position]));

  const timeline: TimelineEntry[] = inquiry.events.map((event) => {
    const data = (event.data ?? {}) as Record<string, unknown>;
    const details: Record<string, string | undefined> = {};
    const person = (value: unknown) => {
      const id = asId(value);
      return id === null ? undefined : (personName.get(id) ?? "");
    };
    const desk = (value: unknown) => {
      const id = asId(value);
      return id === null ? undefined : (deskName.get(id) ?? "");
    };
    switch (event.type) {
      case "routed": {
        details.desk = desk(data.deskId);
        const ruleId = asId(data.ruleId);
        if (ruleId !== null) details.rule = asText(rulePosition.get(ruleId)) ?? "";
        break;
      }
      case "rerouted":
        details.from = desk(data.from);
        details.to = desk(data.to);
        details.comment = asText(data.comment);
        break;
      case "assigned":
        details.from = person(data.from);
        // The name at the time, if the person has since gone.
        details.to = asId(data.to) === null ? undefined : person(data.to) || asText(data.toName);
        details.self = asId(data.to) !== null && asId(data.to) === event.actorId ? "yes" : undefined;
        break;
      case "status":
        details.from = asText(data.from);
        details.to = asText(data.to);
        details.reason = asText(data.reason);
        details.comment = asText(data.comment);
        break;
      case "note":
        details.text = asText(data.text);
        break;
      case "reply":
        details.subject = asText(data.subject);
        details.text = asText(data.text);
        break;
      case "held":
        details.reason = asText(data.reason);
        break;
      case "anonymised":
        details.reason = asText(data.reason);
        details.from = asText(data.closedFrom);
        break;
      case "newsletter-withdrawn":
        details.by = asText(data.by);
        break;
      case "email-capped":
        details.kind = asText(data.kind);
        details.limit = asText(data.limit);
        break;
      default:
        if (event.type.startsWith("email-")) {
          details.kind = asText(data.kind);
          details.to = asText(data.to);
          details.error = asText(data.error);
        }
    }
    return {
      id: event.id,
      type: event.type,
      at: event.createdAt,
      public: event.public,
      actor: event.actorId === null ? null : (personName.get(event.actorId) ?? ""),
      details,
    };
  });

  const lastRouting = [...inquiry.events].reverse().find((e) => e.type === "routed" || e.type === "rerouted");
  const rule = inquiry.routingRule;
  const routing: RoutingReason =
    inquiry.deskId === null
      ? { kind: "none" }
      : rule
        ? {
            kind: "rule",
            position: rule.position,
            sector: rule.sector ? nameOf(rule.sector) : null,
            hub: rule.hub ? nameOf(rule.hub) : null,
            capitalRanges: rule.capitalRanges,
          }
        : lastRouting?.type === "rerouted"
          ? { kind: "rerouted" }
          : { kind: "default" };

  const collator = new Intl.Collator(locale);
  const desk = inquiry.desk
    ? (() => {
        const { name, locale: lang } = pickTranslation(inquiry.desk.translations, locale);
        return { id: inquiry.desk.id, name, email: inquiry.desk.email, lang };
      })()
    : null;

  return {
    reference: inquiry.reference,
    status,
    version: inquiry.version,
    locale: inquiry.locale,
    createdAt: inquiry.createdAt,
    dueAt: inquiry.dueAt,
    overdue: isOverdue({ status, firstResponseAt: inquiry.firstResponseAt, dueAt: inquiry.dueAt }, now),
    firstResponseAt: inquiry.firstResponseAt,
    lastActivityAt: inquiry.lastActivityAt,
    closedAt: inquiry.closedAt,
    anonymisedAt: inquiry.anonymisedAt,
    investor: {
      fullName: inquiry.fullName,
      organisation: inquiry.organisation,
      position: inquiry.position,
      country: inquiry.country,
      email: inquiry.email,
      phone: inquiry.phone,
    },
    project: {
      sector: nameOf(inquiry.sector),
      hub: inquiry.hub ? nameOf(inquiry.hub) : null,
      parcelCodes: inquiry.parcelCodes,
      capitalRange: inquiry.capitalRange,
      landAreaM2: inquiry.landAreaM2,
      expectedJobs: inquiry.expectedJobs,
      timeline: inquiry.timeline,
      message: inquiry.message,
    },
    consent: {
      consentedAt: inquiry.consentedAt,
      privacyNoticeVersion: inquiry.privacyNoticeVersion,
      newsletterConsentAt: inquiry.newsletterConsentAt,
    },
    desk,
    routing,
    assignee: inquiry.assignee,
    timeline,
    deliveries: inquiry.deliveries.map((row) => ({
      kind: row.kind,
      state: row.state,
      attempts: row.attempts,
      lastError: row.lastError,
      sentAt: row.sentAt,
      updatedAt: row.updatedAt,
    })),
    queued: inquiry.outbox,
    officers: officers.sort((a, b) => collator.compare(a.name, b.name)),
    desks: activeDesks
      .filter((row) => row.id !== inquiry.deskId)
      .map((row) => {
        const { name, locale: lang } = pickTranslation(row.translations, locale);
        return { id: row.id, name, lang };
      }),
    canManage: inScope(manageScopeOf(actor), inquiry.deskId),
  };
}
