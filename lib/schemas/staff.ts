import { z } from "zod";
import { STAFF_ROLES } from "../permissions";

// The back office's forms, shared by the pages and their server actions.
// Error messages are keys of "Admin.errors" in messages/<locale>.json.

const email = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

/** Lengths are checked again, with the list of common passwords, by server/auth/password-policy.ts. */
const newPassword = z
  .string({ error: "required" })
  .min(1, { error: "required" })
  .max(512, { error: "passwordTooLong" });

const id = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });

const name = z
  .string({ error: "required" })
  .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, { error: "required" })
      .max(120, { error: "tooLong" })
      // Control characters (NUL, which PostgreSQL text cannot hold, among them) are no part of a name.
      .refine((value) => !/\p{Cc}/u.test(value), { error: "invalid" }),
  );

const deskIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^\d{1,9}$/)
          .transform(Number),
      )
      .max(50),
  );

const locale = z.enum(["vi", "en"], { error: "invalid" });

/** Where to go after signing in: a back-office path of this site, nothing else. */
export const safeNext = z
  .string()
  .optional()
  .transform((value) =>
    value && /^\/(vi|en)\/admin(\/[\w\-/]*)?(\?[\w=&%-]*)?$/.test(value) && !value.includes("//") ? value : undefined,
  );

export const signInSchema = z.object({
  email: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(254, { error: "tooLong" })
    // PostgreSQL text cannot hold NUL: no address has one, and looking one up would fail.
    .refine((value) => !value.includes("\u0000"), { error: "invalid" }),
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(512, { error: "passwordTooLong" }),
  next: safeNext,
});

export const secondFactorSchema = z.object({
  code: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(40, { error: "codeInvalid" }),
});

export const setPasswordSchema = z
  .object({ token: z.string().min(1).max(100), password: newPassword, confirm: z.string() })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], error: "passwordsDiffer" });

export const changePasswordSchema = z
  .object({
    current: z.string({ error: "required" }).min(1, { error: "required" }).max(512, { error: "passwordTooLong" }),
    password: newPassword,
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], error: "passwordsDiffer" });

export const inviteStaffSchema = z.object({
  email,
  name,
  role: z.enum(STAFF_ROLES, { error: "required" }),
  desks: deskIds,
  userLocale: locale,
});

export const updateStaffSchema = z.object({
  id,
  name,
  role: z.enum(STAFF_ROLES, { error: "required" }),
  desks: deskIds,
  userLocale: locale,
});

export const staffIdSchema = z.object({ id });
export const sessionIdSchema = z.object({ id });
export const totpCodeSchema = z.object({
  code: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(20, { error: "codeInvalid" }),
});
export const confirmPasswordSchema = z.object({
  current: z.string({ error: "required" }).min(1, { error: "required" }).max(512, { error: "passwordTooLong" }),
});
export const noInput = z.object({});

export const auditFilterSchema = z.object({
  actor: z.string().trim().max(254).optional().catch(undefined),
  entity: z.string().trim().max(40).optional().catch(undefined),
  action: z.string().trim().max(60).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
