/**
 * The largest form body the portal accepts. The longest inquiry the schema
 * allows (every field at its limit, in Vietnamese) is under 40 KiB.
 */
export const MAX_FORM_BYTES = 128 * 1024;
