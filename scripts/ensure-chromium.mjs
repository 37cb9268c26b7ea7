// The end-to-end tests drive Debian's Chromium (Playwright's own browser
// download is not reachable). Installs it on a Debian machine when run as root;
// otherwise says how.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("[portal] Installing Debian's chromium for the end-to-end tests…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-q"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-q", "chromium", "fonts-noto-core"], { stdio: "inherit", env });
  } else {
    console.error(`Chromium was not found at ${path}: install Debian's "chromium" package or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
