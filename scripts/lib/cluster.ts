// Several app instances, the e-mail worker and nginx in front, on one
// machine, as production runs them (README.md, "Production layout"): for
// `npm run cluster`, the cluster test and `npm run bench`. Every instance
// serves the same build (NEXT_DIST_DIR) with the same DEPLOYMENT_ID and
// shares Next.js's cache in Redis (cache-handler.mjs); only the worker
// sends e-mails and runs the scheduled jobs (EMAIL_WORKER=off on the
// instances).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { type RunningNginx, startNginx } from "./nginx-config";
import { exitOf, startPortal, waitUntilServing } from "./portal-process";

const root = path.resolve(import.meta.dirname, "..", "..");

export type ClusterOptions = {
  /** The environment every process gets (DATABASE_URL, REDIS_URL, …). */
  env: NodeJS.ProcessEnv;
  /** How many app instances (default 3). */
  instances?: number;
  /** nginx listens here; the instances on the following ports. */
  proxyPort: number;
  /** Build folder (default NEXT_DIST_DIR or .next); built when it holds no build, or when `rebuild`. */
  distDir?: string;
  rebuild?: boolean;
  /** Whether to run `npm run worker` beside the instances (default true). */
  worker?: boolean;
  /** More nginx `server { … }` blocks (the benchmark's static copy). */
  extraServers?: string;
  /** Where each process's output goes (prefixed with its name); none: dropped. */
  log?: (line: string) => void;
};

export type Cluster = {
  proxyUrl: string;
  instancePorts: number[];
  instanceUrl(index: number): string;
  /** Stops instance `index` (SIGTERM: it finishes its open requests), or kills it (SIGKILL). */
  stopInstance(index: number, signal?: "SIGTERM" | "SIGKILL"): Promise<void>;
  /** Starts instance `index` again and waits until it serves. */
  startInstance(index: number): Promise<void>;
  stop(): Promise<void>;
};

const pipeTo = (child: ChildProcess, name: string, log?: (line: string) => void) => {
  if (!log) return;
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on("line", (line) => log(`[${name}] ${line}`));
  }
};

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const count = options.instances ?? 3;
  const distDir = options.distDir ?? (options.env.NEXT_DIST_DIR || ".next");
  const proxyUrl = `http://127.0.0.1:${options.proxyPort}`;
  const instancePorts = Array.from({ length: count }, (_, i) => options.proxyPort + 1 + i);
  const stdio = options.log ? ("pipe" as const) : ("ignore" as const);
  const env: NodeJS.ProcessEnv = {
    SITE_URL: proxyUrl,
    TRUSTED_PROXIES: "1",
    DEPLOYMENT_ID: "local-cluster",
    ...options.env,
    NEXT_DIST_DIR: distDir,
    EMAIL_WORKER: options.worker === false ? (options.env.EMAIL_WORKER ?? "in-process") : "off",
    // The worker reaches the app through the proxy, like anyone.
    PORTAL_INTERNAL_URL: options.env.PORTAL_INTERNAL_URL || proxyUrl,
  };

  if (options.rebuild || !existsSync(path.join(root, distDir, "BUILD_ID"))) {
    options.log?.(`[cluster] Building the production bundle into ${distDir}…`);
    const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: root,
      env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: options.log ? "pipe" : "ignore",
    });
    pipeTo(child, "build", options.log);
    if ((await exitOf(child)) !== 0) throw new Error("next build failed");
  }

  const instances: (ChildProcess | undefined)[] = [];
  const startInstance = async (index: number) => {
    const port = instancePorts[index];
    if (port === undefined) throw new Error(`no instance ${index}`);
    if (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null)) {
      throw new Error(`port ${port} is in use`);
    }
    const child = startPortal(env, port, stdio);
    pipeTo(child, `app ${index + 1}`, options.log);
    instances[index] = child;
    await waitUntilServing(`http://127.0.0.1:${port}/api/health`, 120_000);
  };
  const stopInstance = async (index: number, signal: "SIGTERM" | "SIGKILL" = "SIGTERM") => {
    const child = instances[index];
    instances[index] = undefined;
    if (!child || child.exitCode !== null) return;
    child.kill(signal);
    await exitOf(child);
  };

  const dir = mkdtempSync(path.join(tmpdir(), "portal-nginx-"));
  let worker: ChildProcess | undefined;
  let nginx: RunningNginx | undefined;
  const stop = async () => {
    await nginx?.stop();
    await Promise.all(instancePorts.map((_, i) => stopInstance(i)));
    if (worker && worker.exitCode === null) {
      worker.kill("SIGTERM");
      await exitOf(worker);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(instancePorts.map((_, i) => startInstance(i)));
    if (options.worker !== false) {
      worker = spawn(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/worker.ts")],
        { cwd: root, env, stdio },
      );
      pipeTo(worker, "worker", options.log);
    }
    nginx = await startNginx(
      { port: options.proxyPort, instancePorts, dir, extraServers: options.extraServers },
      { log: options.log },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    proxyUrl,
    instancePorts,
    instanceUrl: (index) => `http://127.0.0.1:${instancePorts[index]}`,
    stopInstance,
    startInstance,
    stop,
  };
}

/** Deletes every Redis key under `prefix` (a test's or a trial's own). */
export async function clearRedisPrefix(url: string, prefix: string) {
  const { createClient } = await import("@redis/client");
  const client = createClient({ url });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
      if (keys.length > 0) await client.unlink(keys);
    }
  } finally {
    client.destroy();
  }
}
