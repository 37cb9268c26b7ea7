import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db";

const loaded = new Map<string, Promise<Buffer>>();

/**
 * A random secret the portal creates for itself on first use and keeps in the
 * database, so every app instance (and every restart) shares it.
 */
export function appSecret(name: string): Promise<Buffer> {
  let secret = loaded.get(name);
  if (!secret) {
    secret = (async () => {
      await db.appSecret.createMany({
        data: [{ name, value: randomBytes(32).toString("base64url") }],
        skipDuplicates: true,
      });
      const row = await db.appSecret.findUniqueOrThrow({ where: { name } });
      return Buffer.from(row.value, "base64url");
    })();
    // A failed load (database down) is retried by the next caller.
    secret.catch(() => loaded.delete(name));
    loaded.set(name, secret);
  }
  return secret;
}
