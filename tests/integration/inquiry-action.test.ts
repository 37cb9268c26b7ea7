import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { createFormatter, createTranslator } from "use-intl/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanMultiline } from "@/lib/schemas/inquiry";
import en from "@/messages/en.json";
import vi_ from "@/messages/vi.json";
import { clearInquiries, seedInquiryContent } from "../fixtures/inquiry-database";

// The server action runs as in a request: the client's address comes from the
// header the front door sets, texts from the real message files.
let forwardedFor = "203.0.113.1";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-portal-client-address": forwardedFor }) }));
vi.mock("next-intl/server", () => {
  const messages = { en, vi: vi_ } as const;
  const timeZone = "Asia/Ho_Chi_Minh";
  return {
    getTranslations: async ({ locale, namespace }: { locale: "en" | "vi"; namespace: string }) =>
      createTranslator({
        locale,
        messages: messages[locale],
        namespace: namespace as "Inquiry",
        timeZone,
      }),
    getFormatter: async ({ locale }: { locale: "en" | "vi" }) => createFormatter({ locale, timeZone }),
  };
});

const { submitInquiry } = await import("@/app/[locale]/inquire/actions");
const { db } = await import("@/server/db");
const { issueFormStamp } = await import("@/server/security/form-stamp");
const { composeInquiryEmail } = await import("@/server/mail/inquiry-emails");
const { findInquiryStatus } = await import("@/server/inquiries/find-inquiry-status");
const { INQUIRY_RATE_LIMIT } = await import("@/server/inquiries/submit-inquiry");
const { getBoss, stopBoss } = await import("@/server/jobs/queue");

beforeAll(async () => {
  await seedInquiryContent();
  await getBoss(); // creates the queue's tables
});
beforeEach(clearInquiries);
afterAll(async () => {
  await clearInquiries();
  await stopBoss();
  await db.$disconnect();
});

const valid = {
  fullName: "Kim Min-jun",
  organisation: "Hanbit Electronics",
  country: "KR",
  email: "minjun.kim@example.com",
  sector: "electronics",
  capitalRange: "50m-200m",
  timeline: "within-12-months",
  message: "We plan a PCB assembly plant.",
  consentProcessing: "on",
  website: "",
};

/** A stamp issued long enough ago for a person to have filled in the form. */
const shownEarlier = () => issueFormStamp(Date.now() - 60_000);

function formData(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

type Outcome =
  | { redirectedTo: string; state?: undefined }
  | { redirectedTo?: undefined; state: Awaited<ReturnType<typeof submitInquiry>> };

/** Calls the action as the form does; a redirect (Next.js throws one) is returned as its target. */
async function submit(fields: Record<string, string>, locale = "en"): Promise<Outcome> {
  try {
    return { state: await submitInquiry(locale, null, formData(fields)) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT;")) throw error;
    return { redirectedTo: digest.split(";")[2] ?? "" };
  }
}

const referenceOf = (outcome: Outcome) =>
  new URL(outcome.redirectedTo ?? "/", "http://x").searchParams.get("ref") ?? "";

/** The e-mails an inquiry is owed, as written with it to the outbox. */
const emailsOwed = async (reference: string) =>
  (await db.emailOutbox.findMany({ where: { inquiry: { reference } }, orderBy: { id: "asc" } })).map((e) => e.kind);

describe("the inquiry form's server action", () => {
  it("stores a good inquiry, enqueues both e-mails, then shows the confirmation page", async () => {
    const outcome = await submit({ ...valid, token: randomUUID(), stamp: await shownEarlier() });
    expect(outcome.redirectedTo).toMatch(/^\/en\/inquire\/received\?ref=LA-\d{4}-[A-Z0-9]{6}$/);
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { reference: referenceOf(outcome) } });
    expect(inquiry.status).toBe("ASSIGNED");
    expect(await emailsOwed(inquiry.reference)).toEqual(["investor", "desk"]);
  });

  it("asks to check and send again when the form is sent sooner than a person can fill it in", async () => {
    const stamp = await issueFormStamp();
    const outcome = await submit({ ...valid, token: randomUUID(), stamp });
    expect(outcome.state?.notice?.title).toBe("Please check your inquiry");
    // What was typed, and the time the form was shown, come back unchanged.
    expect(outcome.state?.values).toMatchObject({ fullName: "Kim Min-jun", stamp });
    expect(await db.inquiry.count()).toBe(0);
  });

  it("gives a form without a genuine time stamp a new one and asks to send it again", async () => {
    for (const stamp of [undefined, "", "1700000000000.AAAAAAAAAAAAAAAAAAAAAA", "<script>"]) {
      const fields = { ...valid, token: randomUUID(), ...(stamp === undefined ? {} : { stamp }) };
      const outcome = await submit(fields, "vi");
      expect(outcome.state?.notice?.title).toBe("Vui lòng gửi lại yêu cầu");
      expect(outcome.state?.values.stamp).toMatch(/^\d{13}\.[A-Za-z0-9_-]{22}$/);
      expect(outcome.state?.values.stamp).not.toBe(stamp);
    }
    expect(await db.inquiry.count()).toBe(0);
  });

  it("stores what falls into the spam trap, held for review without e-mails, and answers as usual", async () => {
    const outcome = await submit({
      ...valid,
      website: "http://spam.example",
      token: randomUUID(),
      stamp: await shownEarlier(),
    });
    expect(outcome.redirectedTo).toMatch(/\/en\/inquire\/received\?ref=/);
    const inquiry = await db.inquiry.findUniqueOrThrow({
      where: { reference: referenceOf(outcome) },
      include: { events: { orderBy: { id: "asc" } } },
    });
    expect(inquiry.status).toBe("HELD");
    expect(inquiry.deskId).toBeNull();
    expect(inquiry.events.map((e) => [e.type, e.public])).toEqual([
      ["received", true],
      ["held", false],
    ]);
    expect(await emailsOwed(inquiry.reference)).toEqual([]);
    // The investor's status page says "received", nothing about the trap.
    const view = await findInquiryStatus(inquiry.reference, valid.email, "en");
    expect(view?.events.map((e) => e.type)).toEqual(["received"]);
  });

  it("limits inquiries per client, says when to retry and gives the office's e-mail, and loses nothing", async () => {
    forwardedFor = "198.51.100.7, 203.0.113.9";
    const stamp = await shownEarlier();
    const first = { ...valid, token: randomUUID(), stamp };
    const accepted = await submit(first);
    // Sending the same form again is not another inquiry and does not count.
    expect(await submit(first)).toEqual(accepted);
    for (let i = 1; i < INQUIRY_RATE_LIMIT.limit; i++) {
      expect((await submit({ ...valid, token: randomUUID(), stamp })).redirectedTo).toBeDefined();
    }
    expect(await db.inquiry.count()).toBe(INQUIRY_RATE_LIMIT.limit);

    const limited = await submit({ ...valid, message: "One more plant.", token: randomUUID(), stamp });
    const notice = limited.state?.notice;
    expect(notice?.title).toBe("Too many inquiries from your connection");
    expect(notice?.body).toMatch(/You can send this one after \d{2}:\d{2} Vietnam time \(in about (60|59) minutes\)/);
    expect(notice?.contact?.email).toMatch(/@/);
    expect(limited.state?.values.message).toBe("One more plant.");
    expect(await db.inquiry.count()).toBe(INQUIRY_RATE_LIMIT.limit);

    // Another client (the address the trusted proxy saw) is not affected.
    forwardedFor = "198.51.100.7, 203.0.113.10";
    expect((await submit({ ...valid, token: randomUUID(), stamp })).redirectedTo).toBeDefined();
    forwardedFor = "203.0.113.1";
  });

  it("never fails, never stores a partial record, and keeps markup as text (1,000 generated submissions)", async () => {
    const stamps = [await shownEarlier(), await issueFormStamp(), "", "forged.stamp"];
    const xss = fc.constantFrom(
      `<script>alert("x")</script>`,
      `"><img src=x onerror=alert(1)>`,
      "javascript:alert(1)",
      "{{constructor.constructor('alert(1)')()}}",
      "</textarea><svg onload=alert(1)>",
    );
    const field = fc.oneof(
      fc.string({ maxLength: 40 }),
      xss,
      fc.constantFrom(
        "",
        "on",
        "ha",
        "m2",
        "VN",
        "electronics",
        "ben-luc",
        "50m-200m",
        "later",
        "x@y.vn",
        "+84 28 1234 5678",
      ),
    );
    const typed = fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), xss);
    const names = [
      ...Object.keys(valid),
      "position",
      "phone",
      "hub",
      "parcels",
      "landArea",
      "landAreaUnit",
      "expectedJobs",
      "consentNewsletter",
    ];
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          // Anything in any field…
          fc.dictionary(fc.constantFrom(...names), field, { maxKeys: 6 }),
          // …and well-formed forms whose text is anything, markup included.
          fc.record(
            {
              fullName: typed,
              organisation: typed,
              position: typed,
              message: typed,
              website: fc.constantFrom("", "x"),
            },
            { requiredKeys: [] },
          ),
        ),
        fc.oneof({ weight: 6, arbitrary: fc.constant(stamps[0] as string) }, fc.constantFrom(...stamps)),
        fc.constantFrom("en", "vi", "fr"),
        fc.integer({ min: 0, max: 255 }),
        async (changes, stamp, locale, client) => {
          forwardedFor = `192.0.2.${client}`;
          const before = await db.inquiry.count();
          const outcome = await submit({ ...valid, ...changes, token: randomUUID(), stamp }, locale);
          const after = await db.inquiry.count();
          expect(after - before).toBe(outcome.redirectedTo ? 1 : 0);
          if (!outcome.redirectedTo) return;
          stored++;
          const inquiry = await db.inquiry.findUniqueOrThrow({
            where: { reference: referenceOf(outcome) },
            include: { events: true },
          });
          expect(inquiry.events.length).toBe(2);
          // Text is stored as typed (trimmed, NFC), and goes to the desk as text.
          if (changes.message !== undefined) expect(inquiry.message).toBe(cleanMultiline(changes.message));
          if (inquiry.status === "HELD") return;
          const email = await composeInquiryEmail(inquiry.id, "desk");
          expect(email?.text).toContain(inquiry.message);
        },
      ),
      { numRuns: 1_000 },
    );
    // The generator must reach storage often enough for the property to mean something.
    expect(stored).toBeGreaterThan(300);
    forwardedFor = "203.0.113.1";
  }, 600_000);
});
