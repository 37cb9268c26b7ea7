"use server";

import { erasePersonalDataSchema, withdrawNewsletterSchema } from "@/lib/schemas/personal-data";
import { staffAction } from "@/server/auth/staff-action";
import { erasePersonalData, withdrawNewsletterConsent } from "@/server/privacy/personal-data";

// What administrators do with a person's data on their request
// ("personal-data:manage"). Each ends on the person's search, read again
// from the database, with a notice of what was done.

const donePage = (email: string, done: string, references: string[]) => ({
  redirectTo: `/admin/personal-data?${new URLSearchParams({
    email,
    done,
    count: String(references.length),
    refs: references.join(", "),
  })}`,
});

export const erasePersonalDataAction = staffAction(
  "personal-data:manage",
  erasePersonalDataSchema,
  async (actor, { email, confirmEmail }) => {
    const { references } = await erasePersonalData({ actor, email, confirm: confirmEmail });
    return donePage(email, "erased", references);
  },
);

export const withdrawNewsletterAction = staffAction(
  "personal-data:manage",
  withdrawNewsletterSchema,
  async (actor, { email }) => {
    const { references } = await withdrawNewsletterConsent({ actor, email });
    return donePage(email, "withdrawn", references);
  },
);
