import { z } from "zod";

// The personal-data forms of the back office and the public link to stop
// news by e-mail, shared by the pages and their server actions. Error
// messages are keys of "Admin.errors".

const email = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

/** The look-up: `?email=` of the GET form (anything that is not an address finds nothing). */
export const personalDataLookupSchema = z.object({ email });

/** Erasure: the address, and the same address typed again by the administrator. */
export const erasePersonalDataSchema = z.object({
  email,
  confirmEmail: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(254, { error: "tooLong" }),
});

/** Staff withdrawing a person's consent to news by e-mail, on their request. */
export const withdrawNewsletterSchema = z.object({ email });

/** The link in an e-mail: an inquiry's reference and its token. */
export const newsletterLinkSchema = z.object({
  ref: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{1,20}$/),
  token: z
    .string()
    .trim()
    .regex(/^[\w-]{20,100}$/),
});
