import { afterEach, describe, expect, it } from "vitest";
import {
  databaseUnreachableSince,
  isConnectionError,
  reportDatabaseReachable,
  reportDatabaseUnreachable,
} from "./database-status";

afterEach(reportDatabaseReachable);

describe("database status", () => {
  it("remembers when the database was first seen unreachable, until it is reached again", () => {
    expect(databaseUnreachableSince()).toBeNull();
    reportDatabaseUnreachable(1000);
    reportDatabaseUnreachable(2000);
    expect(databaseUnreachableSince()).toBe(1000);
    reportDatabaseReachable();
    expect(databaseUnreachableSince()).toBeNull();
  });

  it("is shared through globalThis, whichever bundle reports it", async () => {
    reportDatabaseUnreachable(42);
    const state = (globalThis as Record<symbol, unknown>)[Symbol.for("portal.database-status")];
    expect(state).toEqual({ unreachableSince: 42 });
  });
});

describe("isConnectionError", () => {
  it.each([
    ["Prisma: can't reach database server", { code: "P1001" }],
    ["Prisma: pool timeout", { code: "P2024" }],
    [
      "driver adapter: not reachable",
      { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } },
    ],
    ["driver adapter: connection closed", { meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } }],
    ["PostgreSQL shutting down", { code: "57P01" }],
    ["connection exception class", { code: "08006" }],
    ["pg pool timeout", new Error("timeout exceeded when trying to connect")],
    [
      "wrapped socket error",
      new Error("query failed", { cause: { code: "ECONNREFUSED", message: "connect ECONNREFUSED" } }),
    ],
    [
      "every address of a host name refused",
      new AggregateError([
        new Error("connect ECONNREFUSED ::1:5432"),
        new Error("connect ECONNREFUSED 127.0.0.1:5432"),
      ]),
    ],
  ])("recognises %s", (_, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    ["unique violation", { code: "P2002" }],
    ["syntax error", { code: "42601", message: 'syntax error at or near "SELEC"' }],
    ["plain error", new Error("boom")],
    ["several errors, none a connection's", new AggregateError([new Error("password authentication failed")])],
    ["not an object", "ECONNREFUSED"],
    ["nothing", undefined],
  ])("does not mistake %s for an outage", (_, error) => {
    expect(isConnectionError(error)).toBe(false);
  });
});
