// The production server itself (not only the launcher) refuses to start with a
// malformed environment variable, naming it in one sentence.
import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

for (const [name, value] of [
  ["SITE_URL", "invest.example.vn"],
  ["DATABASE_URL", "mysql://root@localhost/portal"],
] as const) {
  test(`next start stops when ${name} is malformed`, async () => {
    const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", "3109"], {
      env: { ...process.env, NEXT_DIST_DIR: ".next-e2e", NEXT_TELEMETRY_DISABLED: "1", [name]: value },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    server.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => server.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(new RegExp(`^Environment variable ${name} is invalid: [^\\n]+\\.$`));
  });
}
