// Part of `npm run bench:inquiries`: the same submissions as the HTTP run, sent
// straight to the server-side handler (validation, spam checks, rate limit,
// storage, e-mail jobs) in this process, to show how much of each request is
// the portal's own work and how much is the web framework's. Run with
// --conditions=react-server against the benchmark's database.
import { submitInquiryForm } from "../../server/inquiries/submit-inquiry";
import { issueFormStamp, issueFormToken } from "../../server/security/form-token";

const total = Number(process.env.BENCH_INQUIRIES ?? 2_000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50);
const form = JSON.parse(process.env.BENCH_FORM ?? "{}") as Record<string, string>;

/** A form as the page renders it (signed token, stamp shown a minute ago), filled in by investor `i`. */
async function filledForm(prefix: string, i: number) {
  const token = await issueFormToken();
  const stamp = await issueFormStamp(token, Date.now() - 60_000);
  return { ...form, token, stamp, email: `investor-${prefix}-${i}@example.com` };
}

async function run(count: number, prefix: string) {
  let sent = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < count) {
        const i = sent++;
        const outcome = await submitInquiryForm({
          form: await filledForm(prefix, i),
          locale: "vi",
          client: `${prefix}.${i >> 8}.${i & 255}`,
        });
        if (outcome.kind !== "accepted") throw new Error(`not accepted: ${JSON.stringify(outcome)}`);
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { perSecond: count / ((performance.now() - started) / 1000), cpuMs: (used.user + used.system) / 1000 / count };
}

await run(500, "198.17"); // warm-up
const result = await run(total, "198.16");
console.log(JSON.stringify(result));
process.exit(0);
