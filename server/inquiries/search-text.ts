import { foldForSearch } from "@/lib/search-text";

/** What the inbox's text search looks in: reference, name, organisation and e-mail, folded (accent- and case-insensitive). */
export function inquirySearchText(inquiry: {
  reference: string;
  fullName: string;
  organisation: string;
  email: string;
}): string {
  return foldForSearch([inquiry.reference, inquiry.fullName, inquiry.organisation, inquiry.email].join(" "));
}
