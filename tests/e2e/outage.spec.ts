// The database goes down while the portal is serving, then comes back. Runs its
// own `next start` (from the build the e2e web server made) whose database
// connection passes through a forwarder the test can cut.
import { type ChildProcess, spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { seed } from "../../scripts/lib/postgres";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../scripts/lib/throwaway-database";
import { type Forwarder, startForwarder } from "../fixtures/tcp-forwarder";
import { expectNoAxeViolations } from "./axe";

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

  server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      env: {
        ...process.env,
        DATABASE_URL: viaForwarder.toString(),
        NEXT_DIST_DIR: ".next-e2e",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: "ignore",
    },
  );
  await expect(async () => {
    expect((await fetch(`${origin}/api/health`)).status).toBe(200);
  }).toPass({ timeout: 30_000 });
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
