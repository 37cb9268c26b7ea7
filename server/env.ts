import "server-only";
import { parseEnv } from "@/lib/schemas/env";

/** The environment, parsed once; a bad variable stops start-up with a sentence naming it. */
export const env = parseEnv(process.env);
