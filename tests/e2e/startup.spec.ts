// The production server itself (not only the launcher) refuses to start with a
// malformed environment variable, naming it in one sentence.
import { expect, test } from "@playwright/test";
import { startPortal } from "../../scripts/lib/portal-process";

for (const [name, value] of [
  ["SITE_URL", "invest.example.vn"],
  ["DATABASE_URL", "mysql://root@localhost/portal"],
  ["TRUSTED_PROXIES", "many"],
] as const) {
  test(`the server stops when ${name} is malformed`, async () => {
    const server = startPortal(
      { ...process.env, NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e", [name]: value },
      3109,
      ["ignore", "pipe", "pipe"],
    );
    let stderr = "";
    server.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => server.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(new RegExp(`^Environment variable ${name} is invalid: [^\\n]+\\.$`));
  });
}
