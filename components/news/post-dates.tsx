import { POST_TIME_ZONE } from "@/lib/posts/schema";

const intlLocale = (locale: string) => (locale === "vi" ? "vi-VN" : "en-GB");

/** A day in the office's time zone ("30 Nov 2026" / "30/11/2026"), machine-readable too. */
export function PostDate({ at, locale }: { at: string; locale: string }) {
  const formatted = new Intl.DateTimeFormat(intlLocale(locale), {
    day: locale === "vi" ? "2-digit" : "numeric",
    month: locale === "vi" ? "2-digit" : "short",
    year: "numeric",
    timeZone: POST_TIME_ZONE,
  }).format(new Date(at));
  return <time dateTime={at}>{formatted}</time>;
}

/** A day and time in the office's time zone, for an event ("Tue 1 Dec 2026, 09:00"; the time alone with `withDate` off). */
export function formatEventTime(at: string, locale: string, withDate = true): string {
  const date = new Date(at);
  const time = new Intl.DateTimeFormat(intlLocale(locale), {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: POST_TIME_ZONE,
  }).format(date);
  if (!withDate) return time;
  const day = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: locale === "vi" ? "long" : "short",
    day: locale === "vi" ? "2-digit" : "numeric",
    month: locale === "vi" ? "2-digit" : "short",
    year: "numeric",
    timeZone: POST_TIME_ZONE,
  }).format(date);
  return `${day}, ${time}`;
}

/** The day an instant falls on in the office's time zone (YYYY-MM-DD). */
export const officeDay = (at: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: POST_TIME_ZONE }).format(new Date(at));

/** An event's time: its start, and its end (the time alone when on the same day). */
export function EventTime({ startsAt, endsAt, locale }: { startsAt: string; endsAt: string | null; locale: string }) {
  const start = formatEventTime(startsAt, locale);
  if (!endsAt) return <time dateTime={startsAt}>{start}</time>;
  const sameDay = officeDay(startsAt) === officeDay(endsAt);
  return (
    <>
      <time dateTime={startsAt}>{start}</time>
      {" – "}
      <time dateTime={endsAt}>{formatEventTime(endsAt, locale, !sameDay)}</time>
    </>
  );
}
