import "server-only";
import { env } from "../env";
import { startEmailWorker } from "./email-worker";
import { stopBoss } from "./queue";
import { startWhenReachable } from "./retry";

/** Called by the server (scripts/serve.ts) when it stops: the current batch finishes first. */
const SHUTDOWN = Symbol.for("portal.shutdown");

/**
 * Starts the e-mail worker inside the app process (EMAIL_WORKER=in-process,
 * the default). If the database is not reachable yet, it keeps trying with
 * backoff rather than stop the app; once running, it outlives database
 * restarts like `npm run worker` does.
 */
export function startInProcessWorker() {
  if (env.EMAIL_WORKER !== "in-process") return;
  const attempt = () => {
    startWhenReachable("E-mail worker", () => startEmailWorker()).then(
      (stop) => {
        (globalThis as { [SHUTDOWN]?: () => Promise<void> })[SHUTDOWN] = async () => {
          await stop();
          await stopBoss();
        };
        console.log("[portal] E-mail worker started in this process.");
      },
      (error: unknown) => {
        // Not a connection problem (a permission, the queue's schema): logged
        // loudly and tried again now and then, without stopping the app.
        console.error(
          `[portal] E-mail worker not started (${error instanceof Error ? error.message : error}); trying again in 60 s.`,
        );
        setTimeout(attempt, 60_000).unref();
      },
    );
  };
  attempt();
}
