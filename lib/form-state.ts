/** Something the server could not accept yet, already in the visitor's language. */
export type FormNotice = { title: string; body: string; contact?: { label: string; email: string } };

/**
 * What a form's server action answers when it does not move on to another
 * page: field errors as message keys (with the values some messages name), a
 * notice, and what was typed, so that nothing has to be typed again. Works
 * with `useActionState` and with JavaScript off alike.
 */
export type FormState = {
  errors: Record<string, string>;
  /** Values for the messages of some errors, e.g. the parcel codes the catalogue lacks. */
  details?: Record<string, string>;
  values: Record<string, string>;
  notice?: FormNotice;
  /** A change that was made, for a form that stays on its page: a message key (and what it lists, e.g. recovery codes). */
  done?: { message: string; values?: Record<string, string>; items?: string[] };
  /** Counts the answers: each one re-creates the form with the values sent back. */
  attempt: number;
} | null;
