import "server-only";
import { db } from "../db";
import { composeInquiryEmail, type InquiryEmailKind } from "../mail/inquiry-emails";
import { sendMail } from "../mail/transport";
import { startOutboxRelay } from "./email-outbox";
import { EMAIL_QUEUE, type EmailJob, getBoss } from "./queue";

/**
 * Sends one e-mail of an inquiry unless the timeline shows it was already
 * sent (a job retried after a crash between sending and completing), then
 * records it. Throws when the mail server fails, so the job is retried.
 */
export async function deliverInquiryEmail({ inquiryId, kind }: { inquiryId: number; kind: InquiryEmailKind }) {
  const sent = await db.inquiryEvent.findFirst({
    where: { inquiryId, type: "email-sent", data: { path: ["kind"], equals: kind } },
    select: { id: true },
  });
  if (sent) return;
  const message = await composeInquiryEmail(inquiryId, kind);
  if (!message) return;
  const { messageId } = await sendMail(message);
  await db.inquiryEvent.create({ data: { inquiryId, type: "email-sent", data: { kind, to: message.to, messageId } } });
}

/**
 * Relays the e-mail outbox into the queue and works the queue in this
 * process until the returned function is called. Jobs are fetched in batches and sent in parallel; each failure is
 * reported for its own job only, which pg-boss retries with backoff.
 *
 * Inside the app (the default) it takes one batch per polling interval, so a
 * burst of inquiries never slows the pages down; on its own (`npm run
 * worker`, `drain: true`) it fetches the next batch as soon as a full one is
 * done.
 */
export async function startEmailWorker(
  options: { pollingIntervalSeconds?: number; batchSize?: number; drain?: boolean } = {},
) {
  const boss = await getBoss();
  // In the app: a small batch each second (5 e-mails a second, 18,000 an
  // hour), so sending never takes the server away from requests for long.
  const batchSize = options.batchSize ?? (options.drain ? 20 : 5);
  const workerId: string = await boss.work<EmailJob>(
    EMAIL_QUEUE,
    { batchSize, pollingIntervalSeconds: options.pollingIntervalSeconds ?? (options.drain ? 2 : 1) },
    async (jobs) => {
      const results = await Promise.allSettled(jobs.map((job) => deliverInquiryEmail(job.data)));
      for (const [index, result] of results.entries()) {
        const job = jobs[index];
        if (result.status === "rejected" && job) {
          const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
          await boss.fail(EMAIL_QUEUE, job.id, { message });
        }
      }
      // Jobs not failed above are completed by pg-boss when this returns.
      // A full batch means more are waiting.
      if (options.drain && jobs.length === batchSize) boss.notifyWorker(workerId);
    },
  );
  // Inquiries write the e-mails they are owed to an outbox; this moves them
  // into the queue (docs/decisions/006-email-queue.md).
  const stopRelay = startOutboxRelay(boss, (options.pollingIntervalSeconds ?? 1) * 1000);
  return async () => {
    stopRelay();
    await boss.offWork(EMAIL_QUEUE);
  };
}
