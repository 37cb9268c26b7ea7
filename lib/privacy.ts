/**
 * The privacy notice shown at /{locale}/privacy. Consent given on a form is
 * stored with its version: change the notice's text (messages "Privacy.*"),
 * then change the version and its date.
 */
export const PRIVACY_NOTICE = { version: "2026-12-01", effectiveOn: "2026-12-01" } as const;

/**
 * The version of the notice as shown and as consent records it: the text's
 * version and the retention period it states, a site setting administrators
 * can change (e.g. "2026-12-01-r24"). Whoever consented can be shown exactly
 * what they read.
 */
export function privacyNoticeVersion(retentionMonths: number): string {
  return `${PRIVACY_NOTICE.version}-r${retentionMonths}`;
}
