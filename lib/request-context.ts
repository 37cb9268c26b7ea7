// What the front door (scripts/lib/front-door.ts) and the server actions of
// one form post tell each other, through an AsyncLocalStorage that both see.
// Next.js gives a server action no way to choose the HTTP status of the page
// it answers with, and the front door cannot see why Next.js answered 500:
// an action says here that it started, and which status its answer needs.
// Server-side only: it imports node:async_hooks, so a client import fails the
// build. Kept on globalThis under a registered symbol, because the front door
// and the app's bundles load this module separately.
import { AsyncLocalStorage } from "node:async_hooks";

export type FormPostContext = {
  /** Set by a server action as soon as it runs: the request reached the portal's own code. */
  actionStarted: boolean;
  /** The status the page answering this post must have, e.g. 503 while the database is down. */
  status?: { code: number; headers: Record<string, string> };
};

const key = Symbol.for("portal.form-post-context");
const holder = globalThis as typeof globalThis & { [key]?: AsyncLocalStorage<FormPostContext> };
holder[key] ??= new AsyncLocalStorage<FormPostContext>();

/** The context of the form post being handled (undefined outside one, e.g. in tests or with JavaScript). */
export const formPostContext: AsyncLocalStorage<FormPostContext> = holder[key];

/** Called first by every server action: a later failure is the portal's, not a malformed request. */
export function markActionStarted() {
  const context = formPostContext.getStore();
  if (context) context.actionStarted = true;
}

/** Asks the front door to send the page that answers this post with another status. */
export function answerWithStatus(code: number, headers: Record<string, string> = {}) {
  const context = formPostContext.getStore();
  if (context) context.status = { code, headers };
}
