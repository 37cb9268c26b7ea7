/**
 * The privacy notice shown at /{locale}/privacy. Consent given on a form is
 * stored with this version: change the notice's text (messages "Privacy.*"),
 * then change the version and its date.
 */
export const PRIVACY_NOTICE = { version: "2026-11-24", effectiveOn: "2026-11-24" } as const;

/** Months after an inquiry is closed before its personal data is anonymised. */
export const INQUIRY_RETENTION_MONTHS = 24;

/** The reply time the portal promises investors, in working days. */
export const RESPONSE_TARGET_WORKING_DAYS = 2;
