import "server-only";
import { createHmac } from "node:crypto";
import { revalidateTag } from "next/cache";
import { env } from "../env";
import { appSecret } from "../security/app-secret";

// Revalidating the pages a post appears on: its own page, the lists, the
// home page, the feeds and the sitemap (all read with the `posts` tag). In a
// request (a server action) Next.js does it directly. The scheduled
// publication runs in the job worker, outside any request, where Next.js
// cannot: there the worker asks the app to do it through the signed route
// app/api/internal/revalidate (docs/decisions/018).

export const POSTS_TAG = "posts";
export const postTag = (id: number) => `post:${id}`;
export const postTags = (id: number) => [POSTS_TAG, postTag(id)];

/** Tags the internal route accepts: nothing else can be revalidated through it. */
export const REVALIDATABLE = /^(posts|post:\d{1,9})$/;
/** How long a signed request stays valid. */
export const REVALIDATE_WINDOW_MS = 60_000;

export async function revalidationSignature(body: string): Promise<string> {
  return createHmac("sha256", await appSecret("revalidate"))
    .update(body)
    .digest("base64url");
}

export async function revalidateEverywhere(tags: string[]): Promise<void> {
  const unique = [...new Set(tags)];
  try {
    for (const tag of unique) revalidateTag(tag, { expire: 0 });
    return;
  } catch (error) {
    if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
  }
  const body = JSON.stringify({ tags: unique, at: Date.now() });
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
    // The post is published all the same; the pages catch up within the cache's safety net (an hour).
    console.error(
      `[portal] Could not ask the app at ${url.origin} to refresh ${unique.join(", ")} (${error instanceof Error ? error.message : error}).`,
    );
  }
}
