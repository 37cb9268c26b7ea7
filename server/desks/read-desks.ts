import "server-only";
import { OPEN_STATUSES } from "@/lib/inquiry-workflow";
import type { StaffRole } from "@/lib/permissions";
import { DESK_MEMBER_ROLES } from "@/lib/schemas/desk";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

// What the desks pages show. Read afresh on every request: the back office
// is never cached.

export type DeskSummary = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string;
  email: string;
  active: boolean;
  isDefault: boolean;
  members: number;
  openInquiries: number;
  /** Routing rules that send inquiries to it (active ones). */
  rules: number;
};

export type DeskDetail = DeskSummary & { memberIds: number[] };

export type DeskMemberCandidate = { id: number; name: string; email: string; role: StaffRole; active: boolean };

const nameIn = (translations: { locale: string; name: string }[], locale: string) =>
  translations.find((t) => t.locale === locale)?.name ?? translations[0]?.name ?? "";

async function openCounts(deskIds?: number[]): Promise<Map<number, number>> {
  const groups = await db.inquiry.groupBy({
    by: ["deskId"],
    where: { status: { in: [...OPEN_STATUSES] }, deskId: deskIds ? { in: deskIds } : { not: null } },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.deskId as number, g._count._all]));
}

const include = {
  translations: { select: { locale: true, name: true } },
  staff: { where: { user: { role: { in: [...DESK_MEMBER_ROLES] } } }, select: { userId: true } },
  _count: { select: { rules: { where: { active: true } } } },
} satisfies Prisma.DeskInclude;

type DeskRow = {
  id: number;
  slug: string;
  email: string;
  active: boolean;
  isDefault: boolean;
  translations: { locale: string; name: string }[];
  staff: { userId: number }[];
  _count: { rules: number };
};

function summaryOf(desk: DeskRow, open: Map<number, number>): DeskDetail {
  return {
    id: desk.id,
    slug: desk.slug,
    nameVi: nameIn(desk.translations, "vi"),
    nameEn: nameIn(desk.translations, "en"),
    email: desk.email,
    active: desk.active,
    isDefault: desk.isDefault,
    members: desk.staff.length,
    memberIds: desk.staff.map((s) => s.userId).sort((a, b) => a - b),
    openInquiries: open.get(desk.id) ?? 0,
    rules: desk._count.rules,
  };
}

/** Every desk: the default first, then active ones, then by id. */
export async function listDeskSummaries(): Promise<DeskSummary[]> {
  const [desks, open] = await Promise.all([
    db.desk.findMany({ orderBy: [{ isDefault: "desc" }, { active: "desc" }, { id: "asc" }], include }),
    openCounts(),
  ]);
  return desks.map((desk) => summaryOf(desk, open));
}

export async function getDesk(id: number): Promise<DeskDetail | null> {
  const desk = await db.desk.findUnique({ where: { id }, include });
  if (!desk) return null;
  return summaryOf(desk, await openCounts([id]));
}

/** The default desk's names, if there is one. */
export async function getDefaultDesk(): Promise<{ id: number; nameVi: string; nameEn: string } | null> {
  const desk = await db.desk.findFirst({
    where: { isDefault: true },
    orderBy: { id: "asc" },
    select: { id: true, translations: { select: { locale: true, name: true } } },
  });
  return desk
    ? { id: desk.id, nameVi: nameIn(desk.translations, "vi"), nameEn: nameIn(desk.translations, "en") }
    : null;
}

/** The people who can be members of a desk (investment officers and administrators), by name. */
export async function listDeskMemberCandidates(): Promise<DeskMemberCandidate[]> {
  return db.staffUser.findMany({
    where: { role: { in: [...DESK_MEMBER_ROLES] } },
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true },
  });
}
