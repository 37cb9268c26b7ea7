// The production build and server as child processes, for the end-to-end
// tests and the benchmarks: `next build` into NEXT_DIST_DIR, then the portal's
// own server (scripts/serve.ts, as `npm start` runs it) on 127.0.0.1.
import { type ChildProcess, type StdioOptions, spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code)),
  );

/** `next build`; resolves with its exit code. */
export function buildPortal(env: NodeJS.ProcessEnv, stdio: StdioOptions = "ignore") {
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio,
  });
  return exitOf(child);
}

/** Starts the built portal on 127.0.0.1:`port`. */
export function startPortal(env: NodeJS.ProcessEnv, port: number, stdio: StdioOptions = "ignore"): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], {
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio,
  });
}

/** Resolves once `url` answers 200, or rejects after `timeoutMs`. */
export async function waitUntilServing(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await fetch(url, { signal: AbortSignal.timeout(5_000) }).catch(() => null))?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
