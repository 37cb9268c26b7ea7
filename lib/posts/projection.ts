import { renderMarkdown } from "./markdown";
import type { PostDoc } from "./schema";

// What publishing a revision writes for the public pages (docs/decisions/018):
// the post's public columns and one translation row per locale, the body
// rendered from Markdown and sanitized once, here. Used by the write
// functions and by the seed, so both publish the same way.

/** The post's public columns from a revision's document. */
export function publicPostColumns(doc: PostDoc) {
  return {
    kind: doc.kind,
    coverImageId: doc.coverImageId,
    eventStartsAt: doc.eventStartsAt ? new Date(doc.eventStartsAt) : null,
    eventEndsAt: doc.eventEndsAt ? new Date(doc.eventEndsAt) : null,
    registrationUrl: doc.registrationUrl,
    agreementDate: doc.agreementDate ? new Date(`${doc.agreementDate}T00:00:00Z`) : null,
    relatedContent: doc.relatedContent,
  };
}

/** One public translation row per locale of the document. */
export function publicTranslations(doc: PostDoc) {
  return Object.entries(doc.texts).map(([locale, text]) => ({
    locale,
    title: text.title,
    slug: text.slug,
    summary: text.summary,
    bodyHtml: renderMarkdown(text.body),
    imageAlt: text.imageAlt,
    place: text.place,
    parties: text.parties,
  }));
}
