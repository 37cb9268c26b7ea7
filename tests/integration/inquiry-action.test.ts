import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { createFormatter, createTranslator } from "use-intl/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanMultiline } from "@/lib/schemas/inquiry";
import en from "@/messages/en.json";
import vi_ from "@/messages/vi.json";
import { clearInquiries, seedInquiryContent } from "../fixtures/inquiry-database";
import { XSS_CORPUS } from "../fixtures/xss-corpus";

// The server action runs as in a request: the client's address comes from the
// header the front door sets, texts from the real message files.
let clientAddress = "203.0.113.1";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-portal-client-address": clientAddress }) }));
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

const { submitInquiry } = await import("@/app/[locale]/(site)/inquire/actions");
const { db } = await import("@/server/db");
const { issueFormStamp, issueFormToken } = await import("@/server/security/form-token");
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

/** A rendered form's token and stamp, shown long enough ago for a person to have filled it in. */
async function renderedForm(shownMsAgo = 60_000) {
  const token = await issueFormToken();
  return { token, stamp: await issueFormStamp(token, Date.now() - shownMsAgo) };
}

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
    const outcome = await submit({ ...valid, ...(await renderedForm()) });
    expect(outcome.redirectedTo).toMatch(/^\/en\/inquire\/received\?ref=LA-\d{4}-[A-Z0-9]{6}$/);
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { reference: referenceOf(outcome) } });
    expect(inquiry.status).toBe("NEW");
    expect(await emailsOwed(inquiry.reference)).toEqual(["investor", "desk"]);
  });

  it("asks to check and send again when the form is sent sooner than a person can fill it in", async () => {
    const shown = await renderedForm(0);
    const outcome = await submit({ ...valid, ...shown });
    expect(outcome.state?.notice?.title).toBe("Please check your inquiry");
    // What was typed comes back, and the form keeps its token and the time it was shown.
    expect(outcome.state?.values).toMatchObject({ fullName: "Kim Min-jun", ...shown });
    expect(await db.inquiry.count()).toBe(0);
  });

  it("accepts only tokens the portal issued: an invented one gets a new form, keeping what was typed", async () => {
    const { stamp } = await renderedForm();
    for (const token of [undefined, "", randomUUID(), `${"A".repeat(22)}.${"B".repeat(22)}`, "<script>"]) {
      const fields = { ...valid, stamp, ...(token === undefined ? {} : { token }) };
      const outcome = await submit(fields, "vi");
      expect(outcome.state?.notice?.title).toBe("Vui lòng gửi lại yêu cầu");
      expect(outcome.state?.values.fullName).toBe("Kim Min-jun");
      expect(outcome.state?.values.token).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
      expect(outcome.state?.values.token).not.toBe(token);
      expect(outcome.state?.values.stamp).toMatch(/^\d{13}\.[A-Za-z0-9_-]{22}$/);
    }
    expect(await db.inquiry.count()).toBe(0);
  });

  it("refuses a stamp of another form, a forged one and one older than the maximum age; the form is renewed", async () => {
    const { token } = await renderedForm();
    const other = await renderedForm();
    const stale = await issueFormStamp(token, Date.now() - 7 * 60 * 60_000);
    for (const stamp of [other.stamp, "", "1700000000000.AAAAAAAAAAAAAAAAAAAAAA", stale]) {
      const outcome = await submit({ ...valid, token, stamp });
      expect(outcome.state?.notice?.title).toBe("Please send your inquiry again");
      // Same form (token), new stamp bound to it.
      expect(outcome.state?.values.token).toBe(token);
      expect(outcome.state?.values.stamp).not.toBe(stamp);
    }
    expect(await db.inquiry.count()).toBe(0);
  });

  it("stores what falls into the spam trap, held for review without e-mails, and answers as usual", async () => {
    const outcome = await submit({ ...valid, website: "http://spam.example", ...(await renderedForm()) });
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

  it("answers the same form sent again with its reference, and refuses it with other content", async () => {
    const shown = await renderedForm();
    const first = await submit({ ...valid, ...shown });
    expect(await submit({ ...valid, ...shown })).toEqual(first);
    const edited = await submit({ ...valid, message: "Corrected: we need 5 ha.", ...shown });
    expect(edited.state?.notice?.title).toBe("This form was sent before");
    expect(edited.state?.notice?.body).toContain(referenceOf(first));
    // The correction is kept, with a new form to send it as a new inquiry.
    expect(edited.state?.values.message).toBe("Corrected: we need 5 ha.");
    expect(edited.state?.values.token).not.toBe(shown.token);
    const corrected = await submit({
      ...(edited.state?.values as Record<string, string>),
      stamp: await issueFormStamp(edited.state?.values.token as string, Date.now() - 5_000),
    });
    expect(referenceOf(corrected)).not.toBe(referenceOf(first));
    expect((await db.inquiry.findMany({ orderBy: { id: "asc" } })).map((i) => i.message)).toEqual([
      valid.message,
      "Corrected: we need 5 ha.",
    ]);
  });

  it("answers the same inquiry from a new form (Back, then send again) with the first reference", async () => {
    const first = await submit({ ...valid, ...(await renderedForm()) });
    const again = await submit({ ...valid, ...(await renderedForm()) });
    expect(referenceOf(again)).toBe(referenceOf(first));
    expect(again.redirectedTo).toMatch(/&again=1$/);
    expect(await db.inquiry.count()).toBe(1);
    // A genuinely new inquiry from the same person is accepted.
    const other = await submit({ ...valid, message: "And a warehouse.", ...(await renderedForm()) });
    expect(referenceOf(other)).not.toBe(referenceOf(first));
    expect(await db.inquiry.count()).toBe(2);
  });

  it("names parcel codes the catalogue does not have, next to the field, and stores nothing", async () => {
    const outcome = await submit({ ...valid, parcels: "BL-A-01, NAN, 0x10", ...(await renderedForm()) });
    expect(outcome.state?.errors).toEqual({ parcels: "parcelsUnknown" });
    expect(outcome.state?.details).toEqual({ parcels: "NAN, 0X10" });
    expect(await db.inquiry.count()).toBe(0);
  });

  it("limits inquiries per client, says when to retry and gives the office's e-mail, and loses nothing", async () => {
    clientAddress = "203.0.113.9";
    const first = { ...valid, message: "Plant 0.", ...(await renderedForm()) };
    const accepted = await submit(first);
    // Sending the same form again is not another inquiry and does not count.
    expect(await submit(first)).toEqual(accepted);
    for (let i = 1; i < INQUIRY_RATE_LIMIT.limit; i++) {
      expect(
        (await submit({ ...valid, message: `Plant ${i}.`, ...(await renderedForm()) })).redirectedTo,
      ).toBeDefined();
    }
    expect(await db.inquiry.count()).toBe(INQUIRY_RATE_LIMIT.limit);

    const limited = await submit({ ...valid, message: "One more plant.", ...(await renderedForm()) });
    const notice = limited.state?.notice;
    expect(notice?.title).toBe("Too many inquiries from your connection");
    expect(notice?.body).toMatch(/You can send this one after \d{2}:\d{2} Vietnam time \(in about (60|59) minutes\)/);
    expect(notice?.contact?.email).toMatch(/@/);
    expect(limited.state?.values.message).toBe("One more plant.");
    expect(await db.inquiry.count()).toBe(INQUIRY_RATE_LIMIT.limit);

    // Another client (as the front door worked it out) is not affected.
    clientAddress = "203.0.113.10";
    expect((await submit({ ...valid, message: "Plant 11.", ...(await renderedForm()) })).redirectedTo).toBeDefined();
    clientAddress = "203.0.113.1";
  });

  it("says on the confirmation page when no e-mail confirms the inquiry (past the address's daily cap)", async () => {
    const outcomes = [];
    for (let i = 0; i < 4; i++)
      outcomes.push(await submit({ ...valid, message: `Plant ${i}.`, ...(await renderedForm()) }));
    expect(outcomes.map((o) => new URL(o.redirectedTo ?? "/", "http://x").searchParams.get("mail"))).toEqual([
      null,
      null,
      null,
      "0",
    ]);
  });

  it("sends at most three confirmations to one address, whatever the client address, token or stamp (30 posts)", async () => {
    const reused = await renderedForm();
    let accepted = 0;
    for (let i = 0; i < 30; i++) {
      clientAddress = `198.51.100.${i}`;
      // A third of the posts invent a token, a third reuse one form's stamp and token, a third are fresh forms.
      const form =
        i % 3 === 0
          ? { token: `${randomUUID().replaceAll("-", "").slice(0, 22)}.${"x".repeat(22)}`, stamp: reused.stamp }
          : i % 3 === 1
            ? reused
            : await renderedForm();
      const outcome = await submit({ ...valid, fullName: `Victim ${i}`, message: `Spam ${i}`, ...form });
      if (outcome.redirectedTo) accepted++;
    }
    clientAddress = "203.0.113.1";
    const investorMails = await db.emailOutbox.count({ where: { kind: "investor" } });
    const inquiries = await db.inquiry.count();
    // Invented tokens are refused, the reused form stores one inquiry and refuses other content, and only
    // three confirmations are owed.
    expect(inquiries).toBe(1 + 10);
    expect(accepted).toBe(inquiries);
    expect(investorMails).toBe(3);
    expect(await db.emailOutbox.count({ where: { kind: "desk" } })).toBe(inquiries);
    expect(await db.inquiryEvent.count({ where: { type: "email-capped" } })).toBe(inquiries - 3);
  });

  it("never fails, never stores a partial record, and keeps markup as text (1,000 generated submissions)", async () => {
    const xss = fc.constantFrom(...XSS_CORPUS.map((entry) => entry.payload));
    const field = fc.oneof(
      fc.string({ maxLength: 40 }),
      xss,
      fc.constantFrom(
        "",
        "on",
        "ha",
        "m2",
        "VN",
        "XX",
        "electronics",
        "ben-luc",
        "BL-A-01",
        "50m-200m",
        "later",
        "x@y.vn",
        "+84 28 1234 5678",
        "1,5",
        "0x10",
        "   ",
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
    const forms = [await renderedForm(), await renderedForm()];
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
        fc.oneof(
          { weight: 6, arbitrary: fc.constant("fresh" as const) },
          fc.constantFrom("reused" as const, "tooFast" as const, "invented" as const),
        ),
        fc.constantFrom("en", "vi", "fr"),
        fc.integer({ min: 0, max: 255 }),
        async (changes, formKind, locale, client) => {
          clientAddress = `192.0.2.${client}`;
          const form =
            formKind === "fresh"
              ? await renderedForm()
              : formKind === "reused"
                ? (forms[client % 2] as { token: string; stamp: string })
                : formKind === "tooFast"
                  ? await renderedForm(0)
                  : { token: randomUUID(), stamp: (forms[0] as { stamp: string }).stamp };
          const before = await db.inquiry.count();
          const outcome = await submit({ ...valid, ...changes, ...form }, locale);
          const after = await db.inquiry.count();
          expect(after - before).toBeLessThanOrEqual(outcome.redirectedTo ? 1 : 0);
          if (!outcome.redirectedTo) {
            expect(after).toBe(before);
            return;
          }
          if (after > before) stored++;
          const inquiry = await db.inquiry.findUniqueOrThrow({
            where: { reference: referenceOf(outcome) },
            include: { events: true },
          });
          expect(inquiry.events.filter((e) => e.type !== "email-capped").length).toBe(2);
          // Text is stored as typed (trimmed, NFC), and goes to the desk as text.
          if (after > before && changes.message !== undefined) {
            expect(inquiry.message).toBe(cleanMultiline(changes.message));
          }
          if (inquiry.status === "HELD") return;
          const email = await composeInquiryEmail(inquiry.id, "desk");
          expect(email?.text).toContain(inquiry.message);
        },
      ),
      { numRuns: 1_000 },
    );
    // The generator must reach storage often enough for the property to mean something.
    expect(stored).toBeGreaterThan(150);
    clientAddress = "203.0.113.1";
  }, 600_000);
});
