import { type Locale, routing } from "@/i18n/routing";

/** A locale given as a string (the components' props), as one of the site's. */
export const asLocale = (locale: string): Locale =>
  (routing.locales as readonly string[]).includes(locale) ? (locale as Locale) : routing.defaultLocale;
