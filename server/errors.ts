import "server-only";

export type AppErrorCode = "NOT_FOUND" | "NOT_CONFIGURED" | "DATABASE_UNAVAILABLE";

/** An expected failure with a code the UI can map to a localized message. */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
