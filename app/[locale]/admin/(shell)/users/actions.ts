"use server";

import { roleCan } from "@/lib/permissions";
import { inviteStaffSchema, staffIdSchema, updateStaffSchema } from "@/lib/schemas/staff";
import { staffAction } from "@/server/auth/staff-action";
import {
  inviteStaff,
  resetStaffPassword,
  resetStaffSecondFactor,
  revokeStaffSessions,
  setStaffActive,
  updateStaff,
} from "@/server/staff/staff-writes";

// Managing members of staff (administrators: "user:manage"). Each change ends
// on the person's page with a notice (`done`), read again from the database.

const personPage = (id: number, done: string) => ({ redirectTo: `/admin/users/${id}?done=${done}` });

export const inviteStaffAction = staffAction("user:manage", inviteStaffSchema, async (actor, input) => {
  const { id } = await inviteStaff({
    actor,
    email: input.email,
    name: input.name,
    role: input.role,
    deskIds: input.desks,
    locale: input.userLocale,
  });
  return personPage(id, "invited");
});

export const updateStaffAction = staffAction("user:manage", updateStaffSchema, async (actor, input) => {
  await updateStaff({
    actor,
    id: input.id,
    name: input.name,
    role: input.role,
    deskIds: input.desks,
    locale: input.userLocale,
  });
  // Someone who just gave up managing staff could not open the page they were on.
  if (input.id === actor.userId && !roleCan(input.role, "user:manage")) return { redirectTo: "/admin" };
  return personPage(input.id, "updated");
});

export const disableStaffAction = staffAction("user:manage", staffIdSchema, async (actor, { id }) => {
  await setStaffActive({ actor, id, active: false });
  return personPage(id, "disabled");
});

export const enableStaffAction = staffAction("user:manage", staffIdSchema, async (actor, { id }) => {
  await setStaffActive({ actor, id, active: true });
  return personPage(id, "enabled");
});

export const resetStaffPasswordAction = staffAction("user:manage", staffIdSchema, async (actor, { id }) => {
  await resetStaffPassword({ actor, id });
  return personPage(id, "passwordReset");
});

export const resetStaffSecondFactorAction = staffAction("user:manage", staffIdSchema, async (actor, { id }) => {
  await resetStaffSecondFactor({ actor, id });
  return personPage(id, "secondFactorReset");
});

export const revokeStaffSessionsAction = staffAction("user:manage", staffIdSchema, async (actor, { id }) => {
  await revokeStaffSessions({ actor, id });
  return personPage(id, "sessionsRevoked");
});
