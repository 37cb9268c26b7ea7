// Process-wide memory of whether the database was last seen unreachable. The
// data layer reports each query's outcome; the proxy (same process) then
// answers page requests with a localized 503 until the database is back.
// Kept on globalThis under a registered symbol so that every bundle in the
// process (proxy, pages, route handlers) sees the same state.

type State = { unreachableSince: number | null };

const key = Symbol.for("portal.database-status");
const holder = globalThis as typeof globalThis & { [key]?: State };
holder[key] ??= { unreachableSince: null };
const state: State = holder[key];

export function reportDatabaseReachable() {
  state.unreachableSince = null;
}

export function reportDatabaseUnreachable(now = Date.now()) {
  state.unreachableSince ??= now;
}

export function databaseUnreachableSince(): number | null {
  return state.unreachableSince;
}

const connectionKinds = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
const connectionPrismaCodes = new Set(["P1001", "P1002", "P1017", "P2024"]);
const connectionMessages = /timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|ECONNRESET/;

/**
 * True for errors that mean "the database cannot be reached" (as opposed to a
 * bad query): refused or dropped connections, timeouts, a server shutting down
 * (SQLSTATE 57P0x) or any connection exception (class 08).
 */
export function isConnectionError(error: unknown): boolean {
  // A host name with several addresses fails with one error per address.
  if (error instanceof AggregateError) return error.errors.some(isConnectionError);
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    const e = current as {
      code?: unknown;
      kind?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: unknown } };
      cause?: unknown;
    };
    if (typeof e.code === "string" && (connectionPrismaCodes.has(e.code) || /^(08|57P0)/.test(e.code))) return true;
    if (typeof e.kind === "string" && connectionKinds.has(e.kind)) return true;
    if (typeof e.message === "string" && connectionMessages.test(e.message)) return true;
    current = e.meta?.driverAdapterError?.cause ?? e.cause;
  }
  return false;
}
