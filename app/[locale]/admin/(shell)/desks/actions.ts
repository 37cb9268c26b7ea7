"use server";

import { createDeskSchema, updateDeskSchema } from "@/lib/schemas/desk";
import { staffAction } from "@/server/auth/staff-action";
import { createDesk, updateDesk } from "@/server/desks/desk-writes";

// Desks of the investment office (administrators: "desk:manage"). Each change
// ends on the desk's page with a notice, read again from the database.

export const createDeskAction = staffAction("desk:manage", createDeskSchema, async (actor, input) => {
  const { id } = await createDesk({ actor, ...input });
  return { redirectTo: `/admin/desks/${id}?done=created` };
});

export const updateDeskAction = staffAction("desk:manage", updateDeskSchema, async (actor, input) => {
  const { deactivatedWithOpen } = await updateDesk({ actor, ...input });
  return { redirectTo: `/admin/desks/${input.id}?done=${deactivatedWithOpen === null ? "updated" : "deactivated"}` };
});
