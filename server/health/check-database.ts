import "server-only";
import { isConnectionError, reportDatabaseReachable, reportDatabaseUnreachable } from "@/lib/database-status";

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

type Pingable = { $queryRaw(query: TemplateStringsArray): PromiseLike<unknown> };

/** One round-trip to the database, bounded in time; the outcome updates the process's database status. */
export async function checkDatabase(client: Pingable, timeoutMs = 3_000): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([client.$queryRaw`SELECT 1`, timeout]);
    reportDatabaseReachable();
    return { ok: true };
  } catch (error) {
    if (isConnectionError(error) || (error instanceof Error && error.message.startsWith("no answer within"))) {
      reportDatabaseUnreachable();
    }
    return { ok: false, reason: `database unreachable: ${describeError(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

/** A short, non-sensitive reason: the driver's error kind or code, never hosts or credentials. */
function describeError(error: unknown): string {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } } | undefined;
  const kind = e?.meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === "string") return kind;
  if (typeof e?.code === "string") return e.code;
  if (error instanceof Error && error.message.startsWith("no answer within")) return error.message;
  return "connection failed";
}

let lastProbe: { at: number; result: Promise<boolean> } | undefined;

/**
 * Whether the database answers now, asked at most once a second however many
 * requests wait on it (used while the database is believed to be down).
 */
export function probeDatabase(client: Pingable, now = Date.now()): Promise<boolean> {
  if (!lastProbe || now - lastProbe.at >= 1_000) {
    lastProbe = { at: now, result: checkDatabase(client, 1_000).then((health) => health.ok) };
  }
  return lastProbe.result;
}
