import "server-only";

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

type Pingable = { $queryRaw(query: TemplateStringsArray): Promise<unknown> };

/** One round-trip to the database, bounded in time. */
export async function checkDatabase(client: Pingable, timeoutMs = 3_000): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([client.$queryRaw`SELECT 1`, timeout]);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `database unreachable: ${describeError(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const first = error.message.split("\n").find((line) => line.trim() !== "") ?? error.name;
    return typeof code === "string" ? `${code} ${first}`.slice(0, 200) : first.slice(0, 200);
  }
  return "unknown error";
}
