// `npm run worker`: the e-mail worker on its own, for deployments that run
// several app instances with EMAIL_WORKER=off. It waits for the database when
// it is down at start, outlives database restarts, and stops after the
// current batch on SIGINT or SIGTERM. deploy/ has a systemd unit that
// restarts it if it ends anyway.
import { startEmailWorker } from "../server/jobs/email-worker";
import { stopBoss } from "../server/jobs/queue";
import { startWhenReachable } from "../server/jobs/retry";

const explain = (reason: unknown) => (reason instanceof Error ? (reason.stack ?? reason.message) : String(reason));

// A promise that rejects with nobody awaiting it (a library's, during an
// outage) would end the process by default; the work it belonged to is
// retried anyway, so it is logged and the worker carries on. Uncaught
// exceptions still end it: the state after one is unknown.
process.on("unhandledRejection", (reason) => {
  console.error(`[portal] E-mail worker: unhandled rejection (carrying on): ${explain(reason)}`);
});

let stop: (() => Promise<void>) | undefined;
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // `on`, not `once`: a second signal (a supervisor signalling the whole
  // process group, then us forwarding it) must not cut the current batch short.
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await stop?.();
    await stopBoss();
    process.exit(0);
  });
}

try {
  stop = await startWhenReachable("E-mail worker", () => startEmailWorker({ drain: true }));
} catch (error) {
  console.error(`[portal] E-mail worker not started: ${explain(error)}`);
  process.exit(1);
}
console.log("[portal] E-mail worker running; Ctrl-C stops it after the current batch.");
