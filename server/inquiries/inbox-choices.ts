import "server-only";
import { roleCan, STAFF_ROLES } from "@/lib/permissions";
import { localesFor, pickTranslation } from "@/lib/translations";
import type { StaffActor } from "../auth/session";
import { db } from "../db";
import { readScopeOf } from "./inquiry-scope";

export type InboxChoice<V> = { value: V; label: string; lang?: string };

export type InboxChoices = {
  /** The desks the person may filter by: theirs, or every desk for those who see every inquiry. */
  desks: InboxChoice<number>[];
  /** Whether "no desk" (held, unrouted) is a choice: only for those who see every inquiry. */
  noDesk: boolean;
  /** Members of staff inquiries can be assigned to, within those desks. */
  assignees: InboxChoice<number>[];
  sectors: InboxChoice<string>[];
  hubs: InboxChoice<string>[];
};

const handlers = STAFF_ROLES.filter((role) => roleCan(role, "inquiry:manage:own-desk"));

/** What the inbox's filter offers `actor`, with names in `locale` (Vietnamese as fallback). */
export async function inboxChoices(options: { actor: StaffActor; locale: string }): Promise<InboxChoices> {
  const { actor, locale } = options;
  const scope = readScopeOf(actor);
  const empty: InboxChoices = { desks: [], noDesk: false, assignees: [], sectors: [], hubs: [] };
  if (!scope) return empty;
  const deskIds = scope.kind === "any" ? undefined : [...scope.deskIds];
  const translations = { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } };
  const [desks, staff, sectors, hubs] = await Promise.all([
    db.desk.findMany({
      where: deskIds ? { id: { in: deskIds } } : undefined,
      orderBy: [{ active: "desc" }, { id: "asc" }],
      select: { id: true, translations },
    }),
    db.staffUser.findMany({
      where: {
        role: { in: handlers },
        ...(deskIds ? { desks: { some: { deskId: { in: deskIds } } } } : {}),
      },
      orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    db.sector.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }], select: { slug: true, translations } }),
    db.hub.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }], select: { slug: true, translations } }),
  ]);
  const named = <V>(value: V, rows: { locale: string; name: string }[]): InboxChoice<V> => {
    if (rows.length === 0) return { value, label: String(value) };
    const { name, locale: lang } = pickTranslation(rows, locale);
    return { value, label: name, lang };
  };
  return {
    desks: desks.map((desk) => named(desk.id, desk.translations)),
    noDesk: scope.kind === "any",
    assignees: staff.map((person) => ({ value: person.id, label: person.name })),
    sectors: sectors.map((sector) => named(sector.slug, sector.translations)),
    hubs: hubs.map((hub) => named(hub.slug, hub.translations)),
  };
}
