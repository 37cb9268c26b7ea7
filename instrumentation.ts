// Runs once when a server process starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnvironment } = await import("./server/check-environment");
  await checkEnvironment();
  // Builds prerender pages in worker processes: they must not send e-mail.
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { startInProcessWorker } = await import("./server/jobs/in-process-worker");
    startInProcessWorker();
  }
}
