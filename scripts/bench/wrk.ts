// Load with wrk (Debian's package) when it is installed: a C load generator
// that, unlike a Node.js client, can keep up with nginx. Falls back to the
// project's own Node.js client (./load.ts) without it.
import { spawn, spawnSync } from "node:child_process";
import { type LoadResult, load } from "./load";

export const hasWrk = () => spawnSync("wrk", ["--version"], { stdio: "ignore" }).error === undefined;

const unitMs: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
const ms = (value: string | undefined) => {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value ?? "");
  return match ? Number(match[1]) * (unitMs[match[2] as string] as number) : Number.NaN;
};

/** Parses wrk's report (run with --latency). */
export function parseWrk(output: string): LoadResult {
  const percentile = (p: string) => ms(new RegExp(`^\\s+${p}%\\s+(\\S+)`, "m").exec(output)?.[1]);
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? Number.NaN);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    requests,
    errors: non2xx + socketErrors,
    perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN),
    p50: percentile("50"),
    p95: percentile("90"),
    p99: percentile("99"),
  };
}

/**
 * `concurrency` connections for `seconds` on `url`. With wrk, p95 is wrk's
 * 90th percentile (the closest it reports).
 */
export async function measure(url: string, options: { concurrency: number; seconds: number }): Promise<LoadResult> {
  if (!hasWrk()) return load(url, options);
  const threads = Math.min(2, options.concurrency);
  const child = spawn(
    "wrk",
    ["--latency", `-t${threads}`, `-c${options.concurrency}`, `-d${options.seconds}s`, "--timeout", "10s", url],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`wrk failed on ${url}:\n${output}`);
  return parseWrk(output);
}
