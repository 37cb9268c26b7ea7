import type { PostKindCode } from "./workflow";

/**
 * A post as the public pages, the feeds and the back office's preview show
 * it (components/news/): one language's text, with everything it relates
 * to resolved. `lang` is the language of the text, which is the default
 * locale's when the post has no translation into the page's language (the
 * page marks it with `lang`).
 */
export type PublicPost = {
  id: number;
  kind: PostKindCode;
  lang: string;
  slug: string;
  /** The post's slug in each language it exists in (for alternates and the language switcher). */
  slugs: Record<string, string>;
  title: string;
  summary: string;
  /** Sanitized HTML (lib/posts/markdown.ts). */
  bodyHtml: string;
  imageAlt: string;
  /** An event's place. */
  place: string;
  /** An agreement's parties. */
  parties: string;
  /** ISO instants; null in a preview of a post never published. */
  publishedAt: string | null;
  /** Set when the public version changed after its first publication. */
  updatedAt: string | null;
  eventStartsAt: string | null;
  eventEndsAt: string | null;
  registrationUrl: string | null;
  /** YYYY-MM-DD. */
  agreementDate: string | null;
  /** What a policy update changes: a page of the portal. */
  relatedContent: { title: string; href: string } | null;
  cover: { id: string; width: number; height: number; widths: number[] } | null;
  sectors: { slug: string; name: string }[];
  hubs: { slug: string; name: string }[];
  parcels: { code: string; name: string }[];
};
