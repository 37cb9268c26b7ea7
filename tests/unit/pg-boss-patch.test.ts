import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { afterEach, describe, expect, it } from "vitest";

// patches/pg-boss+10.4.2.patch: pg-boss's `work()` (which its timekeeper uses
// for scheduled jobs) completes or fails each batch without awaiting it.
// With the database away that was an unhandled rejection, which ends a Node
// process; patched, it is an `error` event of the boss.

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

/** A database that hands out one job, then fails every statement that would settle it. */
function databaseLostAfterFetch() {
  let handedOut = false;
  return {
    async executeSql(text: string) {
      if (text.includes("FOR UPDATE SKIP LOCKED")) {
        if (handedOut) return { rows: [] };
        handedOut = true;
        return { rows: [{ id: randomUUID(), name: "patched", data: {}, expireInSeconds: 60 }] };
      }
      throw new Error("Connection terminated unexpectedly");
    },
  };
}

async function errorsOfOneJob(handler: () => Promise<void>) {
  unhandled.length = 0;
  process.on("unhandledRejection", onUnhandled);
  const boss = new PgBoss({ db: databaseLostAfterFetch(), schedule: false, supervise: false });
  const errors: Error[] = [];
  boss.on("error", (error) => errors.push(error));
  await boss.work("patched", { pollingIntervalSeconds: 0.5 }, handler);
  const deadline = Date.now() + 2_000;
  while (errors.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  // Give a rejection nobody handled the turn it needs to be reported.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await boss.offWork("patched");
  return errors;
}

afterEach(() => {
  process.off("unhandledRejection", onUnhandled);
});

describe("pg-boss work() with the database away (patched)", () => {
  it("reports a job it could not complete as an error event, not an unhandled rejection", async () => {
    const errors = await errorsOfOneJob(async () => {});
    expect(unhandled).toEqual([]);
    expect(errors.map((error) => error.message)).toEqual(["Connection terminated unexpectedly"]);
    expect(errors[0]).toMatchObject({ queue: "patched" });
  });

  it("reports a failed job it could not record as failed the same way", async () => {
    const errors = await errorsOfOneJob(async () => {
      throw new Error("the handler failed");
    });
    expect(unhandled).toEqual([]);
    expect(errors.map((error) => error.message)).toEqual(["Connection terminated unexpectedly"]);
  });
});
