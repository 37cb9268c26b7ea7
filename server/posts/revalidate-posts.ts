import "server-only";

// The tags of the pages a post appears on: its own page, and the lists, the
// home page, the feeds and the sitemap (all read with `posts`). Revalidated
// with server/revalidate.ts.

export const POSTS_TAG = "posts";
export const postTag = (id: number) => `post:${id}`;
export const postTags = (id: number) => [POSTS_TAG, postTag(id)];
