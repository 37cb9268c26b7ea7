import "server-only";

/**
 * A missing or malformed environment variable stops the server at start-up,
 * with one sentence naming it, rather than failing requests later.
 */
export async function checkEnvironment() {
  try {
    await import("./env");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
