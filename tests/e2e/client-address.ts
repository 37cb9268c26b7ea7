import { createHash } from "node:crypto";
import type { BrowserContext, TestInfo } from "@playwright/test";

/**
 * An address of its own for each test, as a proxy would report it
 * (X-Forwarded-For; the e2e server trusts one proxy), so that per-client
 * rate limits of one test never touch another.
 */
export const clientAddressOf = (testId: string) => {
  const hash = createHash("sha256").update(testId).digest();
  return `10.${hash[0]}.${hash[1]}.${hash[2]}`;
};

export async function actAsOwnClient({ context }: { context: BrowserContext }, testInfo: TestInfo) {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": clientAddressOf(testInfo.testId) });
}
