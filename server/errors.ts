import "server-only";

export type AppErrorCode =
  | "NOT_FOUND"
  | "NOT_CONFIGURED"
  | "DATABASE_UNAVAILABLE"
  /** No signed-in member of staff (or their session has ended). */
  | "UNAUTHENTICATED"
  /** Signed in, but their role lacks the permission. */
  | "FORBIDDEN"
  /** Input the shared schema refused; `fields` holds message keys per field. */
  | "INVALID_INPUT"
  /** Someone else changed the thing first, or it is no longer in a state that allows this. */
  | "CONFLICT"
  /** Too many attempts; `retryAt` says when to try again. */
  | "RATE_LIMITED";

/**
 * An expected failure with a code the UI maps to a localized message: the one
 * shape every server function uses to say "no" (anything else is a bug and
 * ends as the error page).
 */
export class AppError extends Error {
  override name = "AppError";
  /** Message keys per field, for INVALID_INPUT. */
  readonly fields?: Record<string, string>;
  /** A message key for the form as a whole (and its values). */
  readonly reason?: string;
  readonly values?: Record<string, string | number>;
  readonly retryAt?: Date;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options: {
      cause?: unknown;
      fields?: Record<string, string>;
      reason?: string;
      values?: Record<string, string | number>;
      retryAt?: Date;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.fields = options.fields;
    this.reason = options.reason;
    this.values = options.values;
    this.retryAt = options.retryAt;
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
