import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";

type Tree = { [key: string]: string | Tree };

const load = (locale: string): Tree =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "..", "messages", `${locale}.json`), "utf8"));

/** Every leaf as [dotted.key, value]. */
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** ICU arguments used by a message, e.g. {authority}. */
const argumentsOf = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();

const reference = new Map(leaves(load(routing.defaultLocale)));

describe.each(routing.locales)("messages/%s.json", (locale) => {
  it("exists for every configured locale", () => {
    expect(existsSync(path.join(import.meta.dirname, "..", "..", "messages", `${locale}.json`))).toBe(true);
  });

  const messages = new Map(leaves(load(locale)));

  it("has exactly the same keys as the default locale", () => {
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it("has no empty values", () => {
    const empty = [...messages].filter(([, value]) => value.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("uses the same placeholders as the default locale", () => {
    const mismatched = [...messages]
      .filter(
        ([key, value]) => reference.has(key) && `${argumentsOf(value)}` !== `${argumentsOf(reference.get(key) ?? "")}`,
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
