import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUnreachableSince } from "@/lib/database-status";
import { db } from "@/server/db";
import { PrismaClient } from "@/server/generated/prisma/client";
import { checkDatabase } from "@/server/health/check-database";

afterAll(() => db.$disconnect());

describe("checkDatabase", () => {
  it("reports ok after a round-trip to a live database", async () => {
    expect(await checkDatabase(db)).toEqual({ ok: true });
  });

  it("reports the reason when the database port is dead", async () => {
    const dead = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: "postgresql://postgres@127.0.0.1:1/portal",
        connectionTimeoutMillis: 1000,
      }),
    });
    const health = await checkDatabase(dead);
    expect(health.ok).toBe(false);
    expect(health.ok ? "" : health.reason).toBe("database unreachable: DatabaseNotReachable");
    // The process now knows the database is down (the proxy serves 503 pages)…
    expect(databaseUnreachableSince()).not.toBeNull();
    // …until a round-trip succeeds again.
    await checkDatabase(db);
    expect(databaseUnreachableSince()).toBeNull();
    await dead.$disconnect();
  });

  it("gives up on a database that does not answer in time", async () => {
    const hanging = { $queryRaw: () => new Promise<never>(() => {}) };
    expect(await checkDatabase(hanging, 50)).toEqual({
      ok: false,
      reason: "database unreachable: no answer within 50 ms",
    });
  });
});
