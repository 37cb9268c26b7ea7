import "server-only";
import { env } from "../env";
import { startEmailWorker } from "./email-worker";

/**
 * Starts the e-mail worker inside the app process (EMAIL_WORKER=in-process,
 * the default). If the database is not reachable yet, it tries again later
 * rather than stopping the app.
 */
export function startInProcessWorker() {
  if (env.EMAIL_WORKER !== "in-process") return;
  const attempt = () => {
    startEmailWorker().then(
      () => console.log("[portal] E-mail worker started in this process."),
      (error: unknown) => {
        console.error(
          `[portal] E-mail worker not started (${error instanceof Error ? error.message : error}); retrying in 30 s.`,
        );
        setTimeout(attempt, 30_000).unref();
      },
    );
  };
  attempt();
}
