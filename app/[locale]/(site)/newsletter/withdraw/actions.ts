"use server";

import { type NewsletterLinkOutcome, withdrawByLink } from "@/server/privacy/newsletter-link";

/** The "stop receiving news" button: the link's reference and token in, whether it was done out. */
export async function withdrawNewsletterByLink(
  _previous: NewsletterLinkOutcome | null,
  data: FormData,
): Promise<NewsletterLinkOutcome> {
  return withdrawByLink({ ref: data.get("ref"), token: data.get("token") });
}
