import { inject } from "vitest";

// Must run before any server module is imported: server/env.ts reads it once.
process.env.DATABASE_URL = inject("databaseUrl");
// No daily jobs appear on their own in a test database (a digest at 07:30
// would add e-mails to tests counting them); the schedule tests register them.
process.env.JOB_SCHEDULES = "off";
// Pages are refreshed once more a few seconds after a publication
// (server/revalidate.ts); tests see the first refresh, and a timer posting to
// an app that is not running would only add noise.
process.env.REVALIDATE_SETTLE_MS = "0";
