// The database goes down while the portal is serving, then comes back. Runs its
// own server (from the build the e2e web server made) whose database
// connection passes through a forwarder the test can cut.
import type { ChildProcess } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { startPortal, waitUntilServing } from "../../scripts/lib/portal-process";
import { seed } from "../../scripts/lib/postgres";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../scripts/lib/throwaway-database";
import { type Forwarder, startForwarder } from "../fixtures/tcp-forwarder";
import { expectNoAxeViolations } from "./axe";
import { fillValidForm, waitForMinimumFillTime } from "./inquiry-form";

const port = Number(process.env.E2E_OUTAGE_PORT ?? 3101);
const origin = `http://127.0.0.1:${port}`;

let database: ThrowawayDatabase;
let forwarder: Forwarder;
let server: ChildProcess;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  database = await createThrowawayDatabase("portal_outage", { embeddedPort: 54333 });
  await seed(database.url);
  const real = new URL(database.url);
  forwarder = await startForwarder({ host: real.hostname, port: Number(real.port || 5432) });
  const viaForwarder = new URL(database.url);
  viaForwarder.hostname = "127.0.0.1";
  viaForwarder.port = String(forwarder.port);

  // No SITE_URL: canonical links point at the port actually served.
  server = startPortal(
    {
      ...process.env,
      DATABASE_URL: viaForwarder.toString(),
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      SITE_URL: "",
    },
    port,
  );
  await waitUntilServing(`${origin}/api/health`);
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await forwarder?.close();
  await database?.dispose();
});

test("answers 503 with a localized page while the database is down, and recovers by itself", async ({
  page,
  request,
}) => {
  await forwarder.cut();

  const health = await request.get(`${origin}/api/health`);
  expect(health.status()).toBe(503);
  const body = await health.json();
  expect(body.status).toBe("unavailable");
  expect(body.reason).toMatch(/^database unreachable: /);

  for (const [path, lang, title] of [
    ["/vi", "vi", "Dịch vụ tạm thời gián đoạn"],
    ["/en/some-page", "en", "Service temporarily unavailable"],
  ] as const) {
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBe("30");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expectNoAxeViolations(page);
  }

  await forwarder.restore();
  await expect(async () => {
    expect((await request.get(`${origin}/api/health`)).status()).toBe(200);
  }).toPass({ timeout: 15_000 });
  const response = await page.goto(`${origin}/vi`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Khu kinh tế công nghệ cao Long An" })).toBeVisible();
});

test("pages recover without a health check once the database is back", async ({ page, request }) => {
  await forwarder.cut();
  expect((await request.get(`${origin}/api/health`)).status()).toBe(503);
  expect((await page.goto(`${origin}/en`))?.status()).toBe(503);
  await forwarder.restore();
  // The proxy re-probes the database itself (at most once a second).
  await expect(async () => {
    expect((await page.goto(`${origin}/en`))?.status()).toBe(200);
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Long An High-Tech Economic Zone" })).toBeVisible();
});

test("links point at the port served when SITE_URL is unset", async ({ request }) => {
  // A page rendered per request (prerendered ones have the SITE_URL of their build).
  const html = await (await request.get(`${origin}/en/inquire`)).text();
  expect(html).toContain(`<link rel="canonical" href="http://localhost:${port}/en/inquire"/>`);
  expect(html).not.toContain("localhost:3000");
});

const inquiryCount = async () => {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM "Inquiry"')).rows[0]?.n);
  } finally {
    await client.end();
  }
};

async function sendDuringOutage(page: Page) {
  await page.goto(`${origin}/en/inquire`);
  await fillValidForm(page);
  await page.getByLabel("Land needed").fill("2.5");
  await waitForMinimumFillTime(page);
  await forwarder.cut();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.getByRole("button", { name: "Send inquiry" }).click(),
  ]);
  return response;
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`an inquiry sent while the database is down, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("is answered with a localized notice that nothing is lost and sending again is safe, keeping what was typed", async ({
      page,
    }) => {
      const before = await inquiryCount();
      const response = await sendDuringOutage(page);
      try {
        // Without JavaScript the page is the answer to the post: 503, to come back later.
        if (!javaScriptEnabled) {
          expect(response.status()).toBe(503);
          expect(response.headers()["retry-after"]).toBe("30");
        }
        const notice = page.getByRole("alert").filter({ hasText: "Your inquiry could not be stored just now" });
        await expect(notice).toBeVisible();
        await expect(notice).toContainText("sending again is safe");
        if (javaScriptEnabled) await expect(notice).toBeFocused();
        await expect(page.getByLabel("Full name *")).toHaveValue("Kim Min-jun");
        await expect(page.getByLabel("Country *")).toHaveValue("KR");
        await expect(page.getByLabel("Land needed")).toHaveValue("2.5");
        await expect(page.getByLabel(/^I agree that the/)).toBeChecked();
        if (javaScriptEnabled) await expectNoAxeViolations(page);
      } finally {
        await forwarder.restore();
      }
      // Once the database is back, the same form goes through, once.
      await expect(async () => {
        expect((await fetch(`${origin}/api/health`)).status).toBe(200);
      }).toPass({ timeout: 15_000 });
      await page.getByRole("button", { name: "Send inquiry" }).click();
      await expect(page).toHaveURL(/\/en\/inquire\/received\?ref=LA-/);
      expect(await inquiryCount()).toBe(before + 1);
    });
  });
}
