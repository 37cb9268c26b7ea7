import { inject } from "vitest";

// Must run before any server module is imported: server/env.ts reads it once.
process.env.DATABASE_URL = inject("databaseUrl");
// No daily jobs appear on their own in a test database (a digest at 07:30
// would add e-mails to tests counting them); the schedule tests register them.
process.env.JOB_SCHEDULES = "off";
