// Filling in the inquiry form as a person does, shared by the specs.
import type { Page } from "@playwright/test";

/** The server refuses forms sent sooner than a person can fill them in (3 s). */
export async function waitForMinimumFillTime(page: Page) {
  const stamp = await page.locator('input[name="stamp"]').inputValue();
  const shownAt = Number(stamp.split(".")[0]);
  const wait = shownAt + 3_300 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
}

export const inquiryForm = (page: Page) => page.locator("form").filter({ has: page.locator('input[name="stamp"]') });

/** A complete, valid inquiry on the English form. */
export async function fillValidForm(page: Page) {
  await page.getByLabel("Full name *").fill("Kim Min-jun");
  await page.getByLabel("Organisation *").fill("Hanbit Electronics");
  await page.getByLabel("Country *").selectOption({ label: "South Korea" });
  await page.getByLabel("E-mail *").fill("minjun.kim@example.com");
  await page.getByLabel("Sector *").selectOption({ label: "Electronics" });
  await page.getByLabel("Planned investment *").selectOption({ label: "USD 50–200 million" });
  await page.getByLabel("Timeline *").selectOption({ label: "Within 12 months" });
  await page.getByLabel("Message *").fill(`We plan a PCB assembly plant and need 3 ha (${crypto.randomUUID()}).`);
  await page.getByLabel(/^I agree that the/).check();
}
