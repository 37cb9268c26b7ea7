import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { REVALIDATABLE, REVALIDATE_WINDOW_MS, revalidationSignature } from "@/server/revalidate";

// Refreshes cached pages when the portal's own processes ask
// (server/revalidate.ts): the job worker after a scheduled post went live
// outside any request, and the app itself a few seconds after a change. The
// request is signed with a secret only the portal's processes share (kept in
// the database), is valid for a minute, and can name only the tags of
// published content.

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const body = await request.text();
  if (body.length > 10_000) return new Response(null, { status: 413 });
  const given = Buffer.from(request.headers.get("x-portal-signature") ?? "");
  const expected = Buffer.from(await revalidationSignature(body));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return new Response(null, { status: 403 });
  let parsed: { tags?: unknown; at?: unknown };
  try {
    parsed = JSON.parse(body);
  } catch {
    return new Response(null, { status: 400 });
  }
  const tags = Array.isArray(parsed.tags) ? parsed.tags : [];
  if (
    typeof parsed.at !== "number" ||
    Math.abs(Date.now() - parsed.at) > REVALIDATE_WINDOW_MS ||
    tags.length === 0 ||
    tags.length > 100 ||
    !tags.every((tag): tag is string => typeof tag === "string" && REVALIDATABLE.test(tag))
  ) {
    return new Response(null, { status: 400 });
  }
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
