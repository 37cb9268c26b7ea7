import "server-only";
import { actorCan } from "../auth/require-permission";
import type { StaffActor } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";

/**
 * Which inquiries a member of staff may see (or change): every one, or those
 * of their desks. An inquiry with no desk yet (held, or no rule matched and
 * there is no default desk) belongs to no desk, so only those who may see
 * every inquiry see it. Lists, the detail page, reports and every write
 * function apply the same scope (docs/decisions/013).
 */
export type InquiryScope = { kind: "any" } | { kind: "desks"; deskIds: readonly number[] };

export function readScopeOf(actor: StaffActor): InquiryScope | null {
  if (actorCan(actor, "inquiry:read:any")) return { kind: "any" };
  if (actorCan(actor, "inquiry:read:own-desk")) return { kind: "desks", deskIds: actor.deskIds };
  return null;
}

export function manageScopeOf(actor: StaffActor): InquiryScope | null {
  if (actorCan(actor, "inquiry:manage:any")) return { kind: "any" };
  if (actorCan(actor, "inquiry:manage:own-desk")) return { kind: "desks", deskIds: actor.deskIds };
  return null;
}

export function inScope(scope: InquiryScope | null, deskId: number | null): boolean {
  if (scope === null) return false;
  if (scope.kind === "any") return true;
  return deskId !== null && scope.deskIds.includes(deskId);
}

/** The scope as a Prisma filter on Inquiry. */
export function scopeWhere(scope: InquiryScope): Prisma.InquiryWhereInput {
  return scope.kind === "any" ? {} : { deskId: { in: [...scope.deskIds] } };
}

/** The scope as SQL over an Inquiry row aliased `alias`, with its parameter (for raw queries). */
export function scopeSql(scope: InquiryScope, alias: string, parameter: number): { sql: string; values: unknown[] } {
  if (scope.kind === "any") return { sql: "TRUE", values: [] };
  return { sql: `${alias}."deskId" = ANY($${parameter}::int[])`, values: [[...scope.deskIds]] };
}
