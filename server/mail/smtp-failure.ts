import "server-only";

/**
 * What a failed SMTP conversation says about the message:
 * - "not-accepted": the server certainly does not have it (it was never
 *   reached, or it answered with a refusal), so sending again cannot
 *   duplicate it;
 * - "ambiguous": the whole message went over and no answer came back (the
 *   connection closed or timed out after the data), so the server may have
 *   accepted it and sending again may duplicate it.
 */
export type SmtpFailureKind = "not-accepted" | "ambiguous";

export class SmtpFailure extends Error {
  override name = "SmtpFailure";
  constructor(
    readonly kind: SmtpFailureKind,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/**
 * Classifies nodemailer's error (its `code`, `command` and `responseCode`)
 * given whether the server had answered DATA with its go-ahead (354), after
 * which the message itself is on the wire.
 *
 * A 4xx/5xx reply is a refusal whatever the stage: the greeting, EHLO, AUTH,
 * MAIL FROM, RCPT TO, DATA, the end of the data, or a 421 closing the
 * session. Without a reply, what matters is only whether the data had
 * started: nodemailer reports every socket close or timeout as command
 * "CONN", so the stage comes from the conversation (see transport.ts).
 */
export function classifySmtpFailure(
  error: { code?: string; command?: string; responseCode?: number },
  dataStarted: boolean,
): SmtpFailureKind {
  if (typeof error.responseCode === "number" && error.responseCode >= 400) return "not-accepted";
  // Failures on our side (a bad envelope, the message stream breaking) stop
  // before the end of the data, and a server drops a message whose data did
  // not end.
  if (error.command === "API" || error.code === "ESTREAM") return "not-accepted";
  return dataStarted ? "ambiguous" : "not-accepted";
}
