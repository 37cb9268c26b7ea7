import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Dates and times are shown in the zone's own time.
    timeZone: "Asia/Ho_Chi_Minh",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
