import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id at OWASP's first recommended setting (19 MiB, 2 passes, 1 lane).
// The native library hashes on libuv's thread pool, off the event loop
// (`npm run bench:auth` measures the loop's delay while signing in).
const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/**
 * Whether the password matches the stored hash. Without a hash (an unknown
 * e-mail, an account whose password is not set) it verifies against a dummy
 * hash anyway and answers false, so that both take the same time.
 */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored) {
    dummy ??= hashPassword("not a password anyone has: equal work for unknown accounts");
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
