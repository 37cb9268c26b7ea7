// `npm start` (and `npm run dev` with --dev): Next.js behind the portal's
// front door (scripts/lib/front-door.ts), listening on HOSTNAME:PORT —
// 127.0.0.1:3000 unless told otherwise. Run through scripts/with-db.ts, which
// chooses the database and applies migrations first.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/schemas/env";
import { createFrontDoor, type FrontDoorTexts, frontDoorTexts } from "./lib/front-door";

const dev = process.argv.includes("--dev");
// React and Next.js choose their build by NODE_ENV when first loaded.
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });

let env: ReturnType<typeof parseEnv>;
try {
  env = parseEnv(process.env);
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
// The app's own modules read the environment again: give them the same port.
process.env.PORT = String(env.PORT);
if (!dev && !process.env.SITE_URL?.trim()) {
  console.warn(
    `[portal] SITE_URL is not set: canonical links, e-mails and open data will point to ${env.SITE_URL}. Set it to the public address, e.g. https://invest.example.vn.`,
  );
}
const loopback = ["127.0.0.1", "localhost", "::1"].includes(env.HOSTNAME);
if (!loopback && env.TRUSTED_PROXIES > 0) {
  console.warn(
    `[portal] Listening on ${env.HOSTNAME} with TRUSTED_PROXIES=${env.TRUSTED_PROXIES}: only the reverse proxy may reach this port, or clients can choose the address rate limits see. Without a proxy, set TRUSTED_PROXIES=0.`,
  );
}

const root = path.resolve(import.meta.dirname, "..");
const { routing } = await import("../i18n/routing");
const texts: Record<string, FrontDoorTexts> = Object.fromEntries(
  routing.locales.map((locale) => [
    locale,
    frontDoorTexts(JSON.parse(readFileSync(path.join(root, "messages", `${locale}.json`), "utf8"))),
  ]),
);

const { default: next } = await import("next");
const app = next({ dev, dir: root, hostname: env.HOSTNAME, port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();
const frontDoor = createFrontDoor({
  handle: (req, res) => handle(req, res),
  siteUrl: env.SITE_URL,
  trustedProxies: env.TRUSTED_PROXIES,
  locales: routing.locales,
  defaultLocale: routing.defaultLocale,
  texts,
  dev,
  publicCacheSeconds: env.PUBLIC_CACHE_SECONDS,
});

let stopping = false;
const server = http.createServer((req, res) => {
  // Stopping: each connection closes after its answer, so a proxy sends
  // its next request to another instance rather than down this one.
  if (stopping) res.setHeader("Connection", "close");
  void frontDoor(req, res);
});
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.on("error", (error) => {
  console.error(`[portal] Cannot listen on ${env.HOSTNAME}:${env.PORT}: ${error.message}`);
  process.exit(1);
});
server.listen(env.PORT, env.HOSTNAME, () => {
  console.log(`[portal] Ready on http://${env.HOSTNAME}:${env.PORT} (public address ${env.SITE_URL}).`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log("[portal] Stopping: finishing open requests.");
    // Ends once every open request is answered (a form post under way
    // included: a rolling restart must not cut it, docs/decisions/020).
    const answered = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const shutdown = (globalThis as { [key: symbol]: (() => Promise<void>) | undefined })[
      Symbol.for("portal.shutdown")
    ];
    Promise.allSettled([answered.then(() => app.close()), shutdown?.()]).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 15_000).unref();
  });
}
