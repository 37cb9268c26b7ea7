import "server-only";
import type PgBoss from "pg-boss";
import { composeInquiryEmail } from "../mail/inquiry-emails";
import { SmtpFailure } from "../mail/smtp-failure";
import { deliverStaffLinkEmail } from "../mail/staff-emails";
import { type MailMessage, sendMail } from "../mail/transport";
import { composeReplyEmail, composeReroutedEmail } from "../mail/triage-emails";
import { claimEmail, flagUncertain, noteClaimError, recordNotAccepted, recordSent } from "./email-delivery";
import { startOutboxRelay } from "./email-outbox";
import { EMAIL_QUEUE, type EmailJob, getBoss, type InquiryEmailJob, type TriageEmailJob } from "./queue";
import { retryFor } from "./retry";
import { startScheduledJobs } from "./scheduled-jobs";

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long the outcome of an SMTP conversation, and a job's result, are retried when the database is away. */
const RECORD_WITHIN_MS = 10_000;

/** The e-mail a job stands for, or null when there is no one to send it to. */
function composeEmail(email: InquiryEmailJob | TriageEmailJob): Promise<MailMessage | null> {
  switch (email.kind) {
    case "reply":
      return composeReplyEmail(email.inquiryId, email.eventId);
    case "rerouted":
      return composeReroutedEmail(email.inquiryId, email.eventId);
    default:
      return composeInquiryEmail(email.inquiryId, email.kind);
  }
}

/**
 * Sends one e-mail of an inquiry at most once (docs/decisions/006): claims
 * it in the delivery ledger before talking to the mail server and records
 * the outcome after. An e-mail already sent, or claimed by an attempt whose
 * outcome was never recorded, is not sent (the latter is flagged for staff).
 * Throws when it was not sent and may be tried again, so the job is retried.
 */
export async function deliverInquiryEmail(
  email: InquiryEmailJob | TriageEmailJob,
  options: { lastAttempt?: boolean } = {},
): Promise<void> {
  const { lastAttempt = false } = options;
  const message = await composeEmail(email);
  if (!message) return;
  const claim = await claimEmail(email, message.messageId);
  const outcome = { ...email, to: message.to, messageId: claim.messageId };
  const label = `e-mail ${claim.messageId} to ${message.to}`;
  if (!claim.claimed) {
    if (claim.state === "SENDING" && (await flagUncertain(outcome))) {
      console.error(
        `[portal] ${label} was claimed by an earlier attempt that recorded no outcome: not sent again, flagged as uncertain.`,
      );
    }
    return;
  }

  try {
    await sendMail({ ...message, messageId: claim.messageId });
  } catch (error) {
    if (error instanceof SmtpFailure && error.kind === "ambiguous") {
      // The claim stays: the next attempt flags it rather than send again.
      // On the last attempt there is no next one.
      if (!lastAttempt) await noteClaimError(email, reason(error)).catch(() => {});
      else if (await flagUncertain(outcome)) {
        console.error(`[portal] ${label} got no answer after its data on the last attempt: flagged as uncertain.`);
      }
      throw error;
    }
    await retryFor(() => recordNotAccepted(outcome, reason(error), lastAttempt), RECORD_WITHIN_MS).catch(
      (recordError: unknown) => {
        console.error(`[portal] ${label} was not accepted and that could not be recorded (${reason(recordError)}).`);
      },
    );
    throw error;
  }

  try {
    await retryFor(() => recordSent(outcome), RECORD_WITHIN_MS);
  } catch (error) {
    console.error(
      `[portal] ${label} was accepted by the mail server but could not be recorded as sent (${reason(error)}); the next attempt flags it as uncertain.`,
    );
    throw error;
  }
}

type Job = PgBoss.JobWithMetadata<EmailJob>;

function deliverEmail(job: EmailJob, options: { lastAttempt: boolean }): Promise<void> {
  return "staffLinkId" in job ? deliverStaffLinkEmail(job.staffLinkId) : deliverInquiryEmail(job, options);
}

/**
 * Sends a batch in parallel, then completes the jobs that succeeded and
 * fails the others (pg-boss retries them with backoff). Completing and
 * failing are retried for a while and then left: a job left active expires
 * and runs again, and the ledger keeps it from sending twice.
 */
async function workBatch(boss: PgBoss, jobs: Job[]) {
  const results = await Promise.all(
    jobs.map((job) =>
      deliverEmail(job.data, { lastAttempt: job.retryCount >= job.retryLimit }).then(
        () => ({ job, error: undefined }),
        (error: unknown) => ({ job, error: reason(error) }),
      ),
    ),
  );
  const settle = (what: string, work: () => Promise<unknown>) =>
    retryFor(work, RECORD_WITHIN_MS).catch((error: unknown) =>
      console.error(`[portal] e-mail worker: could not ${what} (${reason(error)}); it will expire and run again.`),
    );
  const done = results.filter((r) => r.error === undefined).map((r) => r.job.id);
  await Promise.all([
    done.length > 0 ? settle(`complete ${done.length} job(s)`, () => boss.complete(EMAIL_QUEUE, done)) : undefined,
    ...results.map(({ job, error }) =>
      error === undefined
        ? undefined
        : settle(`fail job ${job.id}`, () => boss.fail(EMAIL_QUEUE, job.id, { message: error })),
    ),
  ]);
}

/**
 * Relays the e-mail outbox into the queue and works the queue, and the
 * scheduled jobs' queues, in this process until the returned function is
 * called.
 *
 * It fetches and settles jobs itself rather than through pg-boss's `work()`,
 * which completes or fails each batch without awaiting the result: with the
 * database away that is an unhandled rejection, which ends a Node process.
 *
 * Inside the app (the default) it takes up to 5 jobs every 0.4 s, at most
 * 12.5 e-mails a second and never more than 5 at a time, so a burst of
 * inquiries does not take the server away from requests; on its own (`npm
 * run worker`, `drain: true`) it fetches 20 at a time and the next batch as
 * soon as a full one is done.
 */
export async function startEmailWorker(
  options: { drain?: boolean; batchSize?: number; scheduledEveryMs?: number } = {},
) {
  const boss = await getBoss();
  const drain = options.drain ?? false;
  const batchSize = options.batchSize ?? (drain ? 20 : 5);
  const batchEveryMs = drain ? 0 : 400;
  const idleMs = drain ? 2_000 : 1_000;

  let stopped = false;
  let wake = () => {};
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = (async () => {
    while (!stopped) {
      const started = Date.now();
      try {
        // pg-boss answers [] rather than throw when the database is away.
        const jobs = await boss.fetch<EmailJob>(EMAIL_QUEUE, { batchSize, includeMetadata: true });
        if (jobs.length > 0) await workBatch(boss, jobs);
        // A full batch means more are waiting.
        const wait = jobs.length === batchSize ? batchEveryMs - (Date.now() - started) : idleMs;
        if (wait > 0 && !stopped) await pause(wait);
      } catch (error) {
        console.error(`[portal] e-mail worker: ${reason(error)}`);
        await sleep(idleMs);
      }
    }
  })();

  // Inquiries write the e-mails they are owed to an outbox; this moves them
  // into the queue (docs/decisions/006-email-queue.md).
  const stopRelay = startOutboxRelay(boss, 1_000);
  // The jobs pg-boss creates on a schedule: the overdue digest, retention
  // (docs/decisions/014-scheduled-jobs.md).
  const stopScheduled = startScheduledJobs(boss, options.scheduledEveryMs);
  return async () => {
    stopped = true;
    stopRelay();
    wake();
    await Promise.all([loop, stopScheduled()]);
  };
}
