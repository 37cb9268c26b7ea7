// The inventory of server actions. Every export of a "use server" module is a
// public HTTP endpoint: it must be built by staffAction (server/auth/
// staff-action.ts) with a declared permission, or be on the list below of
// public actions, each with the reason it needs no permission. A new action
// that is neither fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { PERMISSIONS } from "@/lib/permissions";

vi.mock("next/headers", () => ({ headers: vi.fn(), cookies: vi.fn() }));
// Modules open no connection when imported; the URL only satisfies the environment check.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:1/inventory";

const PUBLIC_ACTIONS: Record<string, string> = {
  "app/[locale]/(site)/inquire/actions.ts#submitInquiry": "investors send inquiries without an account",
  "app/[locale]/(site)/inquire/status/actions.ts#checkInquiryStatus":
    "investors look up their inquiry by reference and e-mail",
  "app/[locale]/(site)/newsletter/withdraw/actions.ts#withdrawNewsletterByLink":
    "the link in an investor's e-mail stops their news: authorized by its token, rate-limited",
  "app/[locale]/admin/sign-in/actions.ts#signInAction": "signing in comes before any session",
  "app/[locale]/admin/sign-in/actions.ts#secondFactorAction":
    "the second step of signing in: checks the browser's half-finished session itself",
  "app/[locale]/admin/sign-in/actions.ts#enrolAtSignInAction":
    "an administrator's first sign-in: checks the browser's half-finished session itself",
  "app/[locale]/admin/set-password/actions.ts#setPasswordAction": "authorized by the one-time link's token",
};

const root = path.resolve(import.meta.dirname, "../..");
const sourceFolders = ["app", "components", "server", "lib"];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const files = sourceFolders.flatMap(sourceFiles);
const directive = /^\s*["']use server["'];?\s*$/m;
const actionModules = files.filter((file) => {
  const text = readFileSync(path.join(root, file), "utf8");
  const firstStatement = text.replace(/^(\s*\/\/.*\n|\s*\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(firstStatement.trimStart());
});

describe("server action inventory", () => {
  it("finds the action modules", () => {
    expect(actionModules.length).toBeGreaterThanOrEqual(4);
  });

  it("has no inline server actions (a 'use server' inside a function would escape this inventory)", () => {
    const inline = files.filter((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      return !actionModules.includes(file) && directive.test(text);
    });
    expect(inline).toEqual([]);
  });

  it.each(actionModules)(
    "%s: every export is a staff action with a permission, or a listed public action",
    async (file) => {
      const { isStaffAction } = await import("@/server/auth/staff-action");
      const module: Record<string, unknown> = await import(/* @vite-ignore */ path.join(root, file));
      const exports = Object.entries(module).filter(([, value]) => typeof value === "function");
      expect(exports.length).toBeGreaterThan(0);
      for (const [name, value] of exports) {
        const id = `${file}#${name}`;
        if (isStaffAction(value)) {
          expect(PERMISSIONS, `${id} declares an unknown permission`).toContain(value.permission);
          expect(PUBLIC_ACTIONS[id], `${id} is a staff action and also listed as public`).toBeUndefined();
        } else {
          expect(
            PUBLIC_ACTIONS[id],
            `${id} is neither built by staffAction nor listed as a public action`,
          ).toBeDefined();
        }
      }
    },
  );

  it("lists no public action that no longer exists", async () => {
    for (const id of Object.keys(PUBLIC_ACTIONS)) {
      const [file, name] = id.split("#") as [string, string];
      expect(actionModules, `${id}: no such action module`).toContain(file);
      const module: Record<string, unknown> = await import(/* @vite-ignore */ path.join(root, file));
      expect(typeof module[name], `${id}: no such export`).toBe("function");
    }
  });
});
