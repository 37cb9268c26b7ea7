import { inject } from "vitest";

// Must run before any server module is imported: server/env.ts reads it once.
process.env.DATABASE_URL = inject("databaseUrl");
