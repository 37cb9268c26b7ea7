import "server-only";
import { createHmac } from "node:crypto";
import { revalidateTag } from "next/cache";
import { env } from "./env";
import { appSecret } from "./security/app-secret";

// Revalidating what a publication changes (docs/decisions/018), from a
// server action or from the job worker.
//
// - In a request Next.js revalidates the tags directly. Outside one (a
//   scheduled post published by the worker) it cannot: the worker asks the
//   app through the signed route app/api/internal/revalidate.
// - Next.js dates a cached page when it finishes writing it, not when its
//   render began: a render that read the data just before the change and was
//   stored just after it counts as fresh, and would be served for the
//   page's whole lifetime. So the tags are revalidated once more
//   REVALIDATE_SETTLE_MS later, when such renders are done.

/** Tags the internal route accepts: the published content's, nothing else. */
export const REVALIDATABLE =
  /^(posts|post:\d{1,9}|parcel:[A-Z0-9-]{1,20}|content:[a-z-]{1,40}|sectors|hubs|parcels|site-settings)$/;
/** How long a signed request stays valid. */
export const REVALIDATE_WINDOW_MS = 60_000;

export async function revalidationSignature(body: string): Promise<string> {
  return createHmac("sha256", await appSecret("revalidate"))
    .update(body)
    .digest("base64url");
}

export async function revalidateEverywhere(tags: string[]): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  let direct = true;
  try {
    for (const tag of unique) revalidateTag(tag, { expire: 0 });
  } catch (error) {
    if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
    direct = false;
  }
  if (!direct) await askTheApp(unique);
  if (env.REVALIDATE_SETTLE_MS > 0) setTimeout(() => void askTheApp(unique), env.REVALIDATE_SETTLE_MS).unref();
}

/** Posts the tags to the app's internal route; a failure is logged, never thrown (the change is made all the same). */
async function askTheApp(tags: string[]): Promise<void> {
  const body = JSON.stringify({ tags, at: Date.now() });
  const url = new URL("/api/internal/revalidate", env.PORTAL_INTERNAL_URL ?? `http://127.0.0.1:${env.PORT}`);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-portal-signature": await revalidationSignature(body) },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    // The pages catch up within the cache's safety net (an hour).
    console.error(
      `[portal] Could not ask the app at ${url.origin} to refresh ${tags.join(", ")} (${error instanceof Error ? error.message : error}).`,
    );
  }
}
