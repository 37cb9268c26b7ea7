// deploy/nginx.conf filled in for a local trial (`npm run cluster`, the
// cluster test, `npm run bench`): the instances' ports, the address nginx
// listens on, and a folder of its own for the cache, logs, pid and
// temporary files, wrapped in a complete nginx configuration so that nginx
// runs as an ordinary child process (`nginx -c <file>`, in the foreground).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
export const NGINX_TEMPLATE = path.join(root, "deploy", "nginx.conf");

export type NginxTrial = {
  /** Where nginx listens, on 127.0.0.1. */
  port: number;
  /** The app instances' ports, on 127.0.0.1. */
  instancePorts: number[];
  /** A folder for nginx's cache, logs, pid and temporary files (created). */
  dir: string;
  /** More `server { … }` blocks, e.g. the benchmark's static copy. */
  extraServers?: string;
};

/** Replaces the lines between `# local: NAME` and `# local: end` with `lines`. */
function replaceMarked(text: string, name: string, lines: string[]) {
  const pattern = new RegExp(`^(\\s*)# local: ${name}\\n[\\s\\S]*?^\\s*# local: end\\n`, "m");
  if (!pattern.test(text)) throw new Error(`deploy/nginx.conf has no "# local: ${name}" block`);
  return text.replace(pattern, (_all, indent: string) => lines.map((line) => `${indent}${line}\n`).join(""));
}

/** The template with the trial's ports and paths. */
export function fillTemplate(template: string, trial: NginxTrial) {
  let text = replaceMarked(
    template,
    "instances",
    trial.instancePorts.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`),
  );
  text = replaceMarked(text, "listen", [`listen 127.0.0.1:${trial.port};`]);
  const replaced = (from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer contains ${from}`);
    text = text.replaceAll(from, to);
  };
  replaced("/var/cache/nginx/portal", path.join(trial.dir, "cache"));
  replaced("/var/log/nginx/portal-access.log", path.join(trial.dir, "access.log"));
  return text;
}

/** A whole nginx configuration for the trial. */
export function nginxConfig(trial: NginxTrial, template = readFileSync(NGINX_TEMPLATE, "utf8")) {
  const dir = trial.dir;
  const asRoot = process.getuid?.() === 0;
  return `# Generated from deploy/nginx.conf for a local trial; not for production.
${asRoot ? "user root;\n" : ""}worker_processes auto;
daemon off;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events {
    worker_connections 4096;
}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    client_body_temp_path ${path.join(dir, "client-body")};
    proxy_temp_path ${path.join(dir, "proxy")};
    fastcgi_temp_path ${path.join(dir, "fastcgi")};
    uwsgi_temp_path ${path.join(dir, "uwsgi")};
    scgi_temp_path ${path.join(dir, "scgi")};

${fillTemplate(template, trial)}
${trial.extraServers ?? ""}
}
`;
}

export type RunningNginx = { process: ChildProcess; configFile: string; stop(): Promise<void> };

/** Writes the configuration, checks it (`nginx -t`) and starts nginx in the foreground. */
export async function startNginx(trial: NginxTrial, options: { log?: (line: string) => void } = {}) {
  mkdirSync(path.join(trial.dir, "cache"), { recursive: true });
  const configFile = path.join(trial.dir, "nginx.conf");
  writeFileSync(configFile, nginxConfig(trial));
  const check = spawn("nginx", ["-t", "-q", "-c", configFile, "-e", path.join(trial.dir, "error.log")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let checkOutput = "";
  check.stderr.on("data", (chunk) => {
    checkOutput += chunk;
  });
  const checked = await new Promise<number | null>((resolve, reject) => {
    check.on("error", reject);
    check.on("exit", resolve);
  });
  if (checked !== 0) throw new Error(`nginx -t refused ${configFile}:\n${checkOutput}`);
  const child = spawn("nginx", ["-c", configFile, "-e", path.join(trial.dir, "error.log")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => options.log?.(`[nginx] ${String(chunk).trimEnd()}`));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await fetch(`http://127.0.0.1:${trial.port}/`, { redirect: "manual" }).catch(() => null))) {
    if (child.exitCode !== null) throw new Error(`nginx ended at start (see ${trial.dir}/error.log)`);
    if (Date.now() > deadline) throw new Error(`nginx did not answer on port ${trial.port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    process: child,
    configFile,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  } satisfies RunningNginx;
}
