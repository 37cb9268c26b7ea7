import { z } from "zod";
import { CLOSE_REASONS, INQUIRY_STATUSES, needsReason } from "../inquiry-workflow";

// The back office's changes to one inquiry (server/inquiries/triage-writes.ts),
// shared by the detail page's forms and their server actions. Error messages
// are keys of "Admin.errors" in messages/<locale>.json.

export const NOTE_MAX = 5000;
export const REPLY_SUBJECT_MAX = 200;
export const REPLY_TEXT_MAX = 10_000;
export const COMMENT_MAX = 2000;

/** The subject a reply starts with; the person may change it. */
export const replySubjectFor = (reference: string) => `Re: ${reference}`;

// Only the shape: whether such an inquiry exists (in the actor's scope) is the write function's answer.
const reference = z
  .string({ error: "inquiryNotFound" })
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9-]{1,20}$/, { error: "inquiryNotFound" }));

const version = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" });

const id = z
  .string({ error: "required" })
  .regex(/^\d{1,9}$/, { error: "invalid" })
  .transform(Number);

/** Text typed by staff: line breaks kept, no control characters (PostgreSQL text cannot hold NUL). */
const text = (max: number, options: { optional?: boolean } = {}) =>
  z
    .string({ error: "required" })
    .optional()
    .transform((value) =>
      (value ?? "")
        .normalize("NFC")
        .replace(/\r\n?/g, "\n")
        // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
        .trim(),
    )
    .pipe(
      options.optional
        ? z.string().max(max, { error: "tooLong" })
        : z.string().min(1, { error: "required" }).max(max, { error: "tooLong" }),
    );

/** A one-line text: any run of white space (line breaks included) is one space. */
const line = (max: number) =>
  z
    .string({ error: "required" })
    .optional()
    .transform((value) =>
      (value ?? "")
        .normalize("NFC")
        .replace(/\p{Cc}+/gu, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .pipe(z.string().min(1, { error: "required" }).max(max, { error: "tooLong" }));

/** An officer ("" gives the inquiry to no one; "me" is the person making the change). */
export const assignSchema = z.object({
  reference,
  version,
  assigneeId: z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim())
    .pipe(
      z.union([
        z.literal("").transform(() => null),
        z.literal("me"),
        z
          .string()
          .regex(/^\d{1,9}$/, { error: "invalid" })
          .transform(Number),
      ]),
    ),
});

export const statusSchema = z
  .object({
    reference,
    version,
    to: z.enum(INQUIRY_STATUSES, { error: "required" }),
    reason: z
      .union([z.literal(""), z.enum(CLOSE_REASONS, { error: "invalid" })])
      .optional()
      .transform((value) => (value ? value : undefined)),
    comment: text(COMMENT_MAX, { optional: true }).transform((value) => value || undefined),
  })
  .superRefine((value, context) => {
    if (needsReason(value.to) && !value.reason) {
      context.addIssue({ code: "custom", path: ["reason"], message: "closeReasonRequired" });
    }
  })
  // A reason belongs to closing only.
  .transform((value) => (needsReason(value.to) ? value : { ...value, reason: undefined }));

export const rerouteSchema = z.object({
  reference,
  version,
  deskId: id,
  comment: text(COMMENT_MAX, { optional: true }).transform((value) => value || undefined),
});

/** A note adds to the timeline and overwrites nothing: no version. */
export const noteSchema = z.object({ reference, text: text(NOTE_MAX) });

export const replySchema = z.object({
  reference,
  version,
  subject: line(REPLY_SUBJECT_MAX),
  text: text(REPLY_TEXT_MAX),
});

/** Releasing a held inquiry, or confirming it as spam. */
export const heldSchema = z.object({ reference, version });
