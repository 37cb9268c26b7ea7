// `test` with a `login({ role })` fixture (Epic Stack's playwright-utils):
// the account and its session are written straight to the e2e database and
// the session cookie put in the browser, so a spec starts signed in without
// going through the sign-in page (which has specs of its own).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test as base } from "@playwright/test";
import { type ParsedMail, simpleParser } from "mailparser";
import { baseURL } from "../../playwright.config";
import {
  createStaffSession,
  createStaffUser,
  type StaffFixtureRole,
  type StaffFixtureUser,
  staffCookieName,
} from "../fixtures/staff";
import { E2E_DATABASE_FILE, E2E_MAIL_DIR } from "./paths";

export const e2eDatabaseUrl = (): string => JSON.parse(readFileSync(E2E_DATABASE_FILE, "utf8")).url;

type LoginOptions = { role: StaffFixtureRole; desks?: (number | string)[]; totp?: boolean };

export const test = base.extend<{ login: (options: LoginOptions) => Promise<StaffFixtureUser> }>({
  login: async ({ context }, use) => {
    await use(async ({ role, desks, totp }) => {
      const url = e2eDatabaseUrl();
      const user = await createStaffUser({ role, desks, totp, url });
      const session = await createStaffSession(user.id, { url, siteUrl: baseURL });
      await context.addCookies([
        {
          name: staffCookieName(baseURL),
          value: session.token,
          url: baseURL,
          httpOnly: true,
          sameSite: "Lax",
        },
      ]);
      return user;
    });
  },
});
export { expect } from "@playwright/test";

/** The newest e-mail the portal wrote to an address, parsed (waits for the worker). */
export async function emailTo(address: string, timeoutMs = 20_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = readdirSync(E2E_MAIL_DIR, { withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith(".eml"))
      .map((f) => path.join(E2E_MAIL_DIR, f.name))
      .sort();
    const mails = await Promise.all(files.map((file) => simpleParser(readFileSync(file))));
    const to = mails.filter((mail) =>
      JSON.stringify(mail.to ?? "")
        .toLowerCase()
        .includes(address.toLowerCase()),
    );
    if (to.length > 0) return to[to.length - 1] as ParsedMail;
    if (Date.now() > deadline) throw new Error(`no e-mail to ${address} in ${E2E_MAIL_DIR}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
