import "server-only";
import { unstable_cache } from "next/cache";

/** Cache tags: whoever changes this data calls revalidateTag with its tag. */
export const cacheTags = {
  siteSettings: "site-settings",
  sectors: "sectors",
  hubs: "hubs",
  parcels: "parcels",
} as const;

/** The tag of one content kind's published entries (server/content/read-content.ts). */
export const contentTag = (kind: string) => `content:${kind}`;

/**
 * Caches a read across requests and pages, keyed by its name and arguments,
 * until one of its tags is revalidated (or an hour passes, as a safety net).
 */
export function cachedQuery<Args extends unknown[], Result>(
  name: string,
  tags: string[],
  query: (...args: Args) => Promise<Result>,
) {
  return unstable_cache(query, [name, process.env.PORTAL_BUILD_ID ?? "dev"], { tags, revalidate: 3600 });
}
