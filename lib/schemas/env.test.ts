import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    expect(parseEnv({})).toEqual({
      SITE_URL: "http://localhost:3000",
      PORT: 3000,
      HOSTNAME: "127.0.0.1",
      TRUSTED_PROXIES: 1,
      PUBLIC_CACHE_SECONDS: 30,
      REDIS_KEY_PREFIX: "portal:",
      REVALIDATE_SETTLE_MS: 5000,
      EMBEDDED_PG_PORT: 54329,
      EMBEDDED_PG_DIR: ".data/postgres",
      NODE_ENV: "development",
      MAIL_FROM: "no-reply@longan-hitech.example",
      MAIL_DIR: ".data/mail",
      EMAIL_WORKER: "in-process",
      JOB_SCHEDULES: "on",
      EMAIL_RETRY_DELAY_SECONDS: 30,
      STAFF_SESSION_IDLE_MINUTES: 30,
      STAFF_SESSION_MAX_HOURS: 12,
      PORTAL_DEMO: "0",
    });
  });

  it("bounds the staff session limits", () => {
    expect(parseEnv({ STAFF_SESSION_IDLE_MINUTES: "15", STAFF_SESSION_MAX_HOURS: "8" })).toMatchObject({
      STAFF_SESSION_IDLE_MINUTES: 15,
      STAFF_SESSION_MAX_HOURS: 8,
    });
    expect(() => parseEnv({ STAFF_SESSION_IDLE_MINUTES: "1" })).toThrow(/STAFF_SESSION_IDLE_MINUTES/);
    expect(() => parseEnv({ STAFF_SESSION_MAX_HOURS: "48" })).toThrow(/STAFF_SESSION_MAX_HOURS/);
  });

  it("points SITE_URL at the port actually served when it is unset", () => {
    expect(parseEnv({ PORT: "3101" }).SITE_URL).toBe("http://localhost:3101");
    expect(parseEnv({ PORT: "3101", SITE_URL: "https://invest.example.vn" }).SITE_URL).toBe(
      "https://invest.example.vn",
    );
  });

  it("accepts TRUSTED_PROXIES=0 (no proxy: the connection's address is the client)", () => {
    expect(parseEnv({ TRUSTED_PROXIES: "0" }).TRUSTED_PROXIES).toBe(0);
    expect(parseEnv({ TRUSTED_PROXIES: "2", HOSTNAME: "0.0.0.0" })).toMatchObject({
      TRUSTED_PROXIES: 2,
      HOSTNAME: "0.0.0.0",
    });
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "  ", SITE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts a PostgreSQL URL and trims a trailing slash from SITE_URL", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://app@db.internal:5432/portal",
      SITE_URL: "https://invest.example.vn/",
    });
    expect(env.DATABASE_URL).toBe("postgresql://app@db.internal:5432/portal");
    expect(env.SITE_URL).toBe("https://invest.example.vn");
  });

  it.each([
    [{ DATABASE_URL: "not a url" }, "DATABASE_URL"],
    [{ DATABASE_URL: "mysql://root@localhost/portal" }, "DATABASE_URL"],
    [{ SITE_URL: "invest.example.vn" }, "SITE_URL"],
    [{ SITE_URL: "ftp://invest.example.vn" }, "SITE_URL"],
    [{ SITE_URL: "https://invest.example.vn/portal" }, "SITE_URL"],
    [{ TRUSTED_PROXIES: "-1" }, "TRUSTED_PROXIES"],
    [{ PORT: "0" }, "PORT"],
    [{ EMBEDDED_PG_PORT: "70000" }, "EMBEDDED_PG_PORT"],
    [{ EMBEDDED_PG_PORT: "abc" }, "EMBEDDED_PG_PORT"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
    [{ SMTP_URL: "http://mail.example.vn" }, "SMTP_URL"],
    [{ EMAIL_WORKER: "sometimes" }, "EMAIL_WORKER"],
    [{ JOB_SCHEDULES: "yes" }, "JOB_SCHEDULES"],
    [{ REVALIDATE_SETTLE_MS: "soon" }, "REVALIDATE_SETTLE_MS"],
    [{ PORTAL_INTERNAL_URL: "127.0.0.1:3000" }, "PORTAL_INTERNAL_URL"],
  ])("stops with one sentence naming the bad variable (%o)", (source, name) => {
    expect(() => parseEnv(source)).toThrowError(new RegExp(`^Environment variable ${name} is invalid: [^\\n]+\\.$`));
  });
});
