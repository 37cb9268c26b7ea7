// `npm run worker`: the e-mail worker on its own, for deployments that run
// several app instances with EMAIL_WORKER=off.
import { startEmailWorker } from "../server/jobs/email-worker";
import { stopBoss } from "../server/jobs/queue";

const stop = await startEmailWorker({ drain: true });
console.log("[portal] E-mail worker running; Ctrl-C stops it after the current batch.");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await stop();
    await stopBoss();
    process.exit(0);
  });
}
