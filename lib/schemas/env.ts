import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a postgresql:// URL with a host, e.g. postgresql://user@127.0.0.1:5432/portal");

const port = z.coerce.number().int().min(1).max(65535);

/**
 * Every environment variable the portal reads. Empty strings count as unset so
 * that `FOO=` in a shell or .env file means "use the default".
 */
export const envSchema = z
  .object({
    DATABASE_URL: postgresUrl.optional(),
    /**
     * The public origin. Canonical and alternate links, e-mails and open data
     * use it, and the front door answers every request as this host. Unset: the
     * local address on PORT (production start-up warns).
     */
    SITE_URL: z
      .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL, e.g. https://invest.example.vn" })
      .transform((value) => value.replace(/\/+$/, ""))
      .refine((value) => new URL(value).pathname === "/" && !value.includes("?"), {
        error: "must be an origin without a path, e.g. https://invest.example.vn",
      })
      .optional(),
    /** Port of `npm start` / `npm run dev`. */
    PORT: port.default(3000),
    /** Interface `npm start` listens on: loopback unless told otherwise (a reverse proxy in front). */
    HOSTNAME: z.string().trim().min(1).default("127.0.0.1"),
    EMBEDDED_PG_PORT: port.default(54329),
    EMBEDDED_PG_DIR: z.string().trim().min(1).default(".data/postgres"),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** SMTP server for outgoing e-mail; unset: messages are written to MAIL_DIR instead. */
    SMTP_URL: z
      .url({
        protocol: /^smtps?$/,
        error: "must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.vn:587",
      })
      .optional(),
    MAIL_FROM: z.string().trim().min(3).default("no-reply@longan-hitech.example"),
    MAIL_DIR: z.string().trim().min(1).default(".data/mail"),
    /** in-process: the app runs the e-mail worker itself; off: run `npm run worker` separately. */
    EMAIL_WORKER: z.enum(["in-process", "off"]).default("in-process"),
    /**
     * on: the daily jobs (overdue digest, retention) are created on their
     * schedule (docs/decisions/014); off: never (the test suites, whose
     * throwaway databases must not get a digest at 07:30).
     */
    JOB_SCHEDULES: z.enum(["on", "off"]).default("on"),
    /** First retry delay of a failed e-mail; later retries back off exponentially. */
    EMAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /**
     * How many reverse proxies in front of the portal append to X-Forwarded-For.
     * 0: none, the client is the connection's own address; N: the client is the
     * address the N-th proxy saw (docs/decisions/008-front-door.md).
     */
    /**
     * Where the job worker reaches the app to refresh pages after a scheduled
     * publication (docs/decisions/018); default http://127.0.0.1:PORT.
     */
    PORTAL_INTERNAL_URL: z
      .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL, e.g. http://127.0.0.1:3000" })
      .optional(),
    /**
     * How long after a publication its pages are refreshed once more (a
     * render under way during the change would otherwise be kept); 0 turns
     * the second refresh off (server/revalidate.ts).
     */
    REVALIDATE_SETTLE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
    TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(1),
    /**
     * How long a shared cache (the reverse proxy) may keep a public page or
     * the open data, and serve it stale while fetching a fresh copy: an edit
     * shows through the proxy within this time (lib/cache-control.ts).
     */
    PUBLIC_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    /** A back-office session ends after this many minutes without a request... */
    STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(480).default(30),
    /** ...and this many hours after sign-in, whatever the activity. */
    STAFF_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(12),
    /**
     * Next.js's cache shared by every app instance (cache-handler.mjs, read by
     * next.config.ts); unset: each instance keeps its own, as one instance does.
     */
    REDIS_URL: z
      .url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379" })
      .optional(),
    /** Prefix of the portal's keys in Redis; the build's id follows it. */
    REDIS_KEY_PREFIX: z.string().trim().min(1).max(100).default("portal:"),
    /** The release's id, the same for its build and every instance (next.config.ts, deploymentId). */
    DEPLOYMENT_ID: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, "must be 1–64 letters, digits, dots, dashes or underscores")
      .optional(),
    /** Set by the launcher when it runs the embedded demo database: demo accounts exist and the sign-in page names them. */
    PORTAL_DEMO: z.enum(["1", "0"]).default("0"),
  })
  .transform(({ SITE_URL, ...env }) => ({ ...env, SITE_URL: SITE_URL ?? `http://localhost:${env.PORT}` }));

export type Env = z.infer<typeof envSchema>;

/** Parses the environment or throws one sentence naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? "environment");
  throw new EnvError(`Environment variable ${name} is invalid: ${issue?.message ?? "unknown problem"}.`);
}

export class EnvError extends Error {
  override name = "EnvError";
}
