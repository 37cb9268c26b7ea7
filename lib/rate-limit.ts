/**
 * A fixed-window counter per key, in this process's memory: enough to slow
 * guessing on one instance (with several instances each counts separately).
 */
export function createRateLimiter(options: { limit: number; windowMs: number }) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Counts one attempt; says whether it is allowed and, if not, when to retry. */
    take(key: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterMs: number } {
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (now - w.start >= options.windowMs) windows.delete(k);
      }
      const current = windows.get(key);
      if (!current || now - current.start >= options.windowMs) {
        windows.set(key, { start: now, count: 1 });
        return { allowed: true };
      }
      current.count++;
      if (current.count <= options.limit) return { allowed: true };
      return { allowed: false, retryAfterMs: current.start + options.windowMs - now };
    },
  };
}
