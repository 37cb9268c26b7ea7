import { z } from "zod";
import { formCheckbox, formEmail, formId, formIds, formLine } from "./form-fields";

// Desks of the investment office, as administrators create and change them.
// Error messages are keys of "Admin.errors".

const deskFields = {
  nameVi: formLine(120),
  nameEn: formLine(120),
  email: formEmail,
  /** Members of staff (investment officers, administrators) who handle the desk's inquiries. */
  members: formIds,
  active: formCheckbox,
  isDefault: formCheckbox,
};

export const createDeskSchema = z.object(deskFields);
export const updateDeskSchema = z.object({ id: formId, ...deskFields });
export type DeskInput = z.output<typeof createDeskSchema>;

/** Roles that can be members of a desk: the people who handle inquiries. */
export const DESK_MEMBER_ROLES = ["INVESTMENT_OFFICER", "ADMINISTRATOR"] as const;

/** The part of a desk's address made from its English name ("Major projects desk" → "major-projects-desk"). */
export function deskSlugOf(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "desk";
}
