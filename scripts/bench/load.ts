// A small closed-loop HTTP load generator: `concurrency` clients each send the
// next request as soon as the previous answer arrives, for a bounded time.
import http from "node:http";

export type LoadResult = { requests: number; errors: number; perSecond: number; p50: number; p95: number; p99: number };

export async function load(url: string, options: { concurrency: number; seconds: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;

  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const request = http.get(url, { agent }, (response) => {
        response.resume();
        response.on("end", () => {
          if (response.statusCode !== 200) errors++;
          latencies.push(performance.now() - started);
          resolve();
        });
      });
      request.on("error", () => {
        errors++;
        resolve();
      });
    });

  const client = async () => {
    while (performance.now() < deadline) await once();
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}
