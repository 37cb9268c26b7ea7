// Where the e2e server (tests/e2e/server.ts) leaves what the specs need.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const port = process.env.E2E_PORT ?? "3100";
/** `{ url }` of the throwaway database the e2e server runs on. */
export const E2E_DATABASE_FILE = path.join(root, ".data", `e2e-database-${port}.json`);
/** The folder the e2e server writes its e-mails to (.eml files: no SMTP server). */
export const E2E_MAIL_DIR = path.join(root, ".data", `e2e-mail-${port}`);
