import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { type Locale, routing } from "@/i18n/routing";
import type messages from "@/messages/vi.json";

type Messages = typeof messages;
const cache = new Map<string, Promise<Messages>>();

/**
 * A translator for text composed outside a page (e-mails, jobs): reads
 * messages/<locale>.json, so the worker needs no Next.js runtime.
 */
export async function translatorFor(locale: string) {
  const known: Locale = (routing.locales as readonly string[]).includes(locale)
    ? (locale as Locale)
    : routing.defaultLocale;
  let loaded = cache.get(known);
  if (!loaded) {
    loaded = readFile(path.join(process.cwd(), "messages", `${known}.json`), "utf8").then((text) => JSON.parse(text));
    cache.set(known, loaded);
  }
  return createTranslator({ locale: known, messages: await loaded, namespace: "Email" });
}
