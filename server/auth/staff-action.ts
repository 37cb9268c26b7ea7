import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { isConnectionError } from "@/lib/database-status";
import { textFields } from "@/lib/form-data";
import type { FormState } from "@/lib/form-state";
import { localePath } from "@/lib/paths";
import type { Permission } from "@/lib/permissions";
import { markActionStarted } from "@/lib/request-context";
import { AppError } from "../errors";
import { echoedValues, formLocale, refusalOf } from "./form-answer";
import { requirePermission } from "./require-permission";
import type { StaffActor } from "./session";

/** What a back-office action's work answers: go to a page, or stay with a message. */
export type StaffActionResult =
  | { redirectTo: string }
  | { done: string; values?: Record<string, string>; items?: string[]; keep?: boolean };

export type StaffActionContext = { locale: string; form: Record<string, string> };

export type StaffServerAction = ((previous: FormState, data: FormData) => Promise<FormState>) & {
  /** Read by the inventory test (tests/unit/server-actions.test.ts). */
  readonly permission: Permission;
};

const REGISTERED = Symbol.for("portal.staff-action");

/**
 * What an action reads besides its text fields. `files`: a file input whose
 * uploaded text, when a file was chosen, replaces a text field before the
 * schema sees it (so a form that offers "paste or upload" works without
 * JavaScript); larger than `maxBytes`, the field is refused with the
 * `tooLarge` message key. `shown`: field names echoed back although they
 * look like secrets (e.g. a parcel's `code`).
 */
export type StaffActionOptions = {
  files?: Record<string, { into: string; maxBytes: number; tooLarge: string }>;
  shown?: readonly string[];
};

/**
 * Builds a back-office server action (docs/decisions/010). Every action is a
 * public HTTP endpoint, so this runs, in order and for every call: the
 * session and `permission` check, the shared schema over the posted fields,
 * then `work`, which calls one write function of `server/<noun>/` (that
 * function owns the transaction, the audit entry and the revalidation).
 * Answers with the one form state shape (lib/form-state.ts), which works
 * with `useActionState` and with JavaScript off: field errors as message
 * keys of `Admin.errors`, what was typed, or a redirect.
 *
 * The locale comes from the form's hidden `locale` field (the proxy does not
 * run on posts); anything else falls back to the default language.
 */
export function staffAction<Schema extends z.ZodType>(
  permission: Permission,
  schema: Schema,
  work: (actor: StaffActor, input: z.output<Schema>, context: StaffActionContext) => Promise<StaffActionResult>,
  options: StaffActionOptions = {},
): StaffServerAction {
  const action = async (previous: FormState, data: FormData): Promise<FormState> => {
    markActionStarted();
    const form = textFields(data);
    const fields = repeatedFields(data, form);
    const locale = formLocale(form);
    // Secrets typed into the form never come back into the page (the current
    // password and its confirmation included); a repeated name (check boxes)
    // comes back as its values joined by commas. Read when answering: an
    // uploaded file's text is then in its field.
    const echoed = () => {
      const values = echoedValues(fields);
      for (const name of options.shown ?? []) {
        const value = fields[name];
        if (value !== undefined) values[name] = Array.isArray(value) ? value.join(",") : value;
      }
      return values;
    };
    const attempt = (previous?.attempt ?? 0) + 1;
    const refuse = (errors: Record<string, string>, details?: Record<string, string>): FormState => ({
      errors,
      details,
      values: echoed(),
      attempt,
    });

    let result: StaffActionResult;
    try {
      const actor = await requirePermission(permission);
      // Files are read only for someone allowed to post them.
      const tooLarge = await readFileFields(data, form, fields, options.files ?? {});
      if (Object.keys(tooLarge).length > 0) return refuse(tooLarge);
      const parsed = schema.safeParse(fields);
      if (!parsed.success) return refuse(fieldErrors(parsed.error.issues));
      result = await work(actor, parsed.data, { locale, form });
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === "UNAUTHENTICATED") redirect(localePath(locale, "/admin/sign-in?expired=1"));
        const { errors, details } = refusalOf(error);
        return refuse(errors, details);
      }
      if (isConnectionError(error)) return refuse({ form: "unavailable" });
      throw error;
    }
    if ("redirectTo" in result) redirect(localePath(locale, result.redirectTo));
    return {
      errors: {},
      values: result.keep ? echoed() : {},
      attempt,
      done: { message: result.done, values: result.values, items: result.items },
    };
  };
  Object.defineProperty(action, "permission", { value: permission, enumerable: true });
  Object.defineProperty(action, REGISTERED, { value: true });
  return action as StaffServerAction;
}

/** Whether a server action export was built by `staffAction` (for the inventory test). */
export function isStaffAction(value: unknown): value is StaffServerAction {
  return typeof value === "function" && (value as unknown as Record<symbol, unknown>)[REGISTERED] === true;
}

/** The first issue per field, as a message key (schemas in lib/schemas/ use keys as messages). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  return errors;
}

/**
 * Puts the text of each chosen file into its text field (`form` and
 * `fields`); answers the refusals of files over their limit (their text is
 * not read). A file input left empty posts an empty file: the text field
 * keeps what was typed.
 */
async function readFileFields(
  data: FormData,
  form: Record<string, string>,
  fields: Record<string, string | string[]>,
  files: NonNullable<StaffActionOptions["files"]>,
): Promise<Record<string, string>> {
  const refused: Record<string, string> = {};
  for (const [name, { into, maxBytes, tooLarge }] of Object.entries(files)) {
    const file = data.get(name);
    if (!(file instanceof Blob) || file.size === 0) continue;
    if (file.size > maxBytes) {
      refused[into] = tooLarge;
      continue;
    }
    const text = await file.text();
    form[into] = text;
    fields[into] = text;
  }
  return refused;
}

/** The fields to parse: a name posted more than once (checkboxes) as a list of its values. */
function repeatedFields(data: FormData, form: Record<string, string>): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = { ...form };
  for (const name of Object.keys(form)) {
    const all = data.getAll(name).filter((value): value is string => typeof value === "string");
    if (all.length > 1) fields[name] = all;
  }
  return fields;
}
