import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { type RateLimitPolicy, takeRateLimit } from "../security/rate-limit";
import { verifyPassword } from "./password";

/** Re-checks of a signed-in person's own password (changing it, the second factor): 10 per 15 minutes per person. */
export const PASSWORD_CHECK_LIMIT: RateLimitPolicy = { name: "password-check", limit: 10, windowMs: 15 * 60_000 };

/**
 * Refuses unless `current` is the person's password. A stolen session cannot
 * use these forms to guess the password: the checks are limited per person.
 */
export async function confirmOwnPassword(userId: number, current: string): Promise<void> {
  const allowed = await takeRateLimit(PASSWORD_CHECK_LIMIT, `staff-user:${userId}`);
  if (!allowed.allowed) {
    throw new AppError("RATE_LIMITED", "Too many password checks.", {
      reason: "tooManyAttempts",
      retryAt: allowed.retryAt,
    });
  }
  const user = await db.staffUser.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(current, user.passwordHash))) {
    throw new AppError("INVALID_INPUT", "Wrong current password.", { fields: { current: "currentWrong" } });
  }
}
