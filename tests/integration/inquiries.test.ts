import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { privacyNoticeVersion } from "@/lib/privacy";
import { db } from "@/server/db";
import { createInquiry } from "@/server/inquiries/create-inquiry";
import { REFERENCE_PATTERN } from "@/server/inquiries/reference";
import { clearInquiries, seedInquiryContent } from "../fixtures/inquiry-database";

beforeAll(() => seedInquiryContent());
beforeEach(clearInquiries);
afterAll(async () => {
  await clearInquiries();
  await db.$disconnect();
});

const form = {
  fullName: "Kim Min-jun",
  organisation: "Hanbit Electronics",
  country: "KR",
  email: "minjun.kim@example.com",
  phone: "+82 2 555 0100",
  sector: "electronics",
  hub: "ben-luc",
  parcels: "BL-A-01",
  capitalRange: "50m-200m",
  landArea: "3",
  landAreaUnit: "ha",
  expectedJobs: "400",
  timeline: "within-12-months",
  message: "We plan a PCB assembly plant.",
  consentProcessing: "on",
};

const create = (overrides: Record<string, unknown> = {}, idempotencyKey = randomUUID()) =>
  createInquiry({
    form: { ...form, ...overrides },
    idempotencyKey,
    locale: "en",
    now: new Date("2026-11-24T08:00:00Z"),
  });

const deskOf = async (reference: string) =>
  (await db.inquiry.findUniqueOrThrow({ where: { reference }, include: { desk: true } })).desk?.slug;

describe("createInquiry", () => {
  it("stores the inquiry with a reference, the consent record and a public timeline", async () => {
    const result = await create();
    expect(result).toMatchObject({ ok: true, created: true });
    if (!result.ok) return;
    expect(result.reference).toMatch(REFERENCE_PATTERN);
    expect(result.reference).toMatch(/^LA-2026-/);
    const inquiry = await db.inquiry.findUniqueOrThrow({
      where: { reference: result.reference },
      include: { events: { orderBy: { id: "asc" } } },
    });
    const [sector, hub, desk] = await Promise.all([
      db.sector.findUniqueOrThrow({ where: { slug: "electronics" } }),
      db.hub.findUniqueOrThrow({ where: { slug: "ben-luc" } }),
      db.desk.findUniqueOrThrow({ where: { slug: "high-tech" } }),
    ]);
    const at = new Date("2026-11-24T08:00:00Z");
    expect(inquiry).toMatchObject({
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      locale: "en",
      // At the desk, waiting for an officer.
      status: "NEW",
      assigneeId: null,
      version: 1,
      // Received on Tuesday 24 November at 15:00 in Viet Nam: two working days later.
      dueAt: new Date("2026-11-26T08:00:00Z"),
      lastActivityAt: at,
      firstResponseAt: null,
      fullName: "Kim Min-jun",
      organisation: "Hanbit Electronics",
      position: null,
      country: "KR",
      email: "minjun.kim@example.com",
      phone: "+82 2 555 0100",
      sectorId: sector.id,
      hubId: hub.id,
      parcelCodes: ["BL-A-01"],
      capitalRange: "FROM_50M_TO_200M",
      landAreaM2: 30_000,
      expectedJobs: 400,
      timeline: "within-12-months",
      message: "We plan a PCB assembly plant.",
      consentedAt: at,
      // The text's version and the retention period it stated.
      privacyNoticeVersion: privacyNoticeVersion(24),
      newsletterConsentAt: null,
      deskId: desk.id,
      createdAt: at,
      updatedAt: at,
    });
    // Folded for the inbox's search: "hanbit" finds it, whatever the case or accents typed.
    expect(inquiry.searchText).toBe(
      `${inquiry.reference.toLowerCase()} kim min-jun hanbit electronics minjun.kim@example.com`,
    );
    expect(inquiry.events.map((e) => [e.type, e.public, e.createdAt])).toEqual([
      ["received", true, at],
      ["routed", true, at],
    ]);
  });

  it("makes the reply due two working days later, over weekends, Tết and the response target as set", async () => {
    const tet = ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"];
    // The seed has them already; a test database without the seed would not.
    const seeded = await db.holiday.count();
    await db.holiday.createMany({
      data: tet.map((day) => ({ date: new Date(`${day}T00:00:00Z`) })),
      skipDuplicates: true,
    });
    try {
      const dueOf = async (now: string, overrides: Record<string, unknown> = {}) => {
        const result = await createInquiry({
          form: { ...form, ...overrides },
          idempotencyKey: randomUUID(),
          locale: "en",
          now: new Date(now),
        });
        if (!result.ok || !result.created) throw new Error("not stored");
        return (await db.inquiry.findUniqueOrThrow({ where: { reference: result.reference } })).dueAt;
      };
      // Friday 13 February 2026, 16:00 in Viet Nam: Monday to Friday are Tết, so Tuesday 24th.
      expect(await dueOf("2026-02-13T16:00:00+07:00")).toEqual(new Date("2026-02-24T16:00:00+07:00"));
      // Received on a Saturday: Monday and Tuesday count, due when Tuesday ends.
      expect(await dueOf("2026-11-28T10:00:00+07:00", { message: "Saturday" })).toEqual(
        new Date("2026-12-02T00:00:00+07:00"),
      );
      await db.siteSettings.update({ where: { id: 1 }, data: { responseTargetWorkingDays: 5 } });
      expect(await dueOf("2026-11-24T15:00:00+07:00", { message: "Five days" })).toEqual(
        new Date("2026-12-01T15:00:00+07:00"),
      );
    } finally {
      await db.siteSettings.update({ where: { id: 1 }, data: { responseTargetWorkingDays: 2 } });
      if (seeded === 0) await db.holiday.deleteMany({});
    }
  });

  it("stores optional answers, square metres and the newsletter consent as given", async () => {
    const result = await create({
      position: "Vice President",
      hub: "",
      parcels: "bl-a-01, CG-B-02 BL-A-01",
      landArea: "2500",
      landAreaUnit: "m2",
      expectedJobs: "",
      phone: "",
      consentNewsletter: "on",
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { reference: result.reference } });
    expect(inquiry).toMatchObject({
      position: "Vice President",
      hubId: null,
      parcelCodes: ["BL-A-01", "CG-B-02"],
      landAreaM2: 2_500,
      expectedJobs: null,
      phone: null,
      newsletterConsentAt: new Date("2026-11-24T08:00:00Z"),
    });
  });

  it("routes by the first matching rule, then the default desk", async () => {
    let picks = 0;
    const pick = async (overrides: Record<string, unknown>) => {
      // Each a new inquiry (the same content again would be the same inquiry).
      const result = await create({ message: `Inquiry ${picks++}.`, ...overrides });
      if (!result.ok) throw new Error(JSON.stringify(result));
      return deskOf(result.reference);
    };
    expect(await pick({})).toBe("high-tech");
    expect(await pick({ capitalRange: "over-200m" })).toBe("major-projects");
    expect(await pick({ sector: "logistics" })).toBe("industry-logistics");
    expect(await pick({ sector: "high-tech-agriculture", hub: "" })).toBe("agriculture");

    const rule = await db.routingRule.findFirstOrThrow({ where: { sector: { slug: "logistics" } } });
    await db.routingRule.update({ where: { id: rule.id }, data: { active: false } });
    try {
      expect(await pick({ sector: "logistics" })).toBe("general");
    } finally {
      await db.routingRule.update({ where: { id: rule.id }, data: { active: true } });
    }
  });

  it("records which rule chose the desk on the timeline", async () => {
    const result = await create({ capitalRange: "over-200m" });
    if (!result.ok) throw new Error("not stored");
    const inquiry = await db.inquiry.findUniqueOrThrow({
      where: { reference: result.reference },
      include: { events: true },
    });
    const routed = inquiry.events.find((e) => e.type === "routed");
    expect(routed?.data).toEqual({ deskId: inquiry.deskId, ruleId: inquiry.routingRuleId });
    expect(inquiry.routingRuleId).not.toBeNull();
  });

  it("returns the same reference for the same form submitted again, and stores it once", async () => {
    const key = randomUUID();
    const [first, again, concurrent] = await Promise.all([create({}, key), create({}, key), create({}, key)]);
    const references = [first, again, concurrent].map((r) => (r.ok ? r.reference : null));
    expect(new Set(references).size).toBe(1);
    expect(await db.inquiry.count()).toBe(1);
    expect([first, again, concurrent].filter((r) => r.ok && r.created)).toHaveLength(1);
  });

  it("takes the same content from a new form within a day as the same inquiry", async () => {
    const first = await create();
    const at =
      (iso: string) =>
      (overrides: Record<string, unknown> = {}) =>
        createInquiry({
          form: { ...form, ...overrides },
          idempotencyKey: randomUUID(),
          locale: "en",
          now: new Date(iso),
        });
    // Typed again the same way (spacing and case differ): the first inquiry, nothing written.
    const again = await at("2026-11-24T20:00:00Z")({ fullName: " Kim  Min-jun ", email: "MINJUN.KIM@example.com" });
    expect(again).toEqual({
      ok: true,
      reference: first.ok ? first.reference : "",
      created: false,
      repeated: "content",
    });
    expect(await db.inquiry.count()).toBe(1);
    // Anything else changed is another inquiry, and so is the same one more than a day later.
    expect(await at("2026-11-24T20:00:00Z")({ message: "We plan a second plant." })).toMatchObject({ created: true });
    expect(await at("2026-11-25T08:00:01Z")()).toMatchObject({ created: true });
    expect(await db.inquiry.count()).toBe(3);
  });

  it("refuses a form sent again with other content, and keeps the first as it was", async () => {
    const key = randomUUID();
    const first = await create({}, key);
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(await create({ message: "Corrected: we need 5 ha." }, key)).toEqual({
      ok: false,
      changed: { reference: first.reference },
    });
    expect(await create({}, key)).toEqual({ ok: true, reference: first.reference, created: false, repeated: "form" });
    const stored = await db.inquiry.findMany();
    expect(stored.map((i) => i.message)).toEqual([form.message]);
  });

  it("refuses parcel codes the catalogue does not have, naming them", async () => {
    expect(await create({ parcels: "BL-A-01, NAN, -1, 0X10" })).toEqual({
      ok: false,
      errors: { parcels: "parcelsUnknown" },
      details: { parcels: "NAN, -1, 0X10" },
    });
    expect(await db.inquiry.count()).toBe(0);
  });

  it("sends one address at most three confirmations a day; the inquiries are all stored and reach their desk", async () => {
    const owed = async (reference: string) =>
      (await db.emailOutbox.findMany({ where: { inquiry: { reference } }, orderBy: { id: "asc" } })).map((e) => e.kind);
    const references: string[] = [];
    const cappedAtStore: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await create({ message: `Plant number ${i}.` });
      if (!result.ok || !result.created) throw new Error(JSON.stringify(result));
      references.push(result.reference);
      cappedAtStore.push(result.confirmationCapped);
    }
    expect(cappedAtStore).toEqual([false, false, false, true, true]);
    expect(await Promise.all(references.map(owed))).toEqual([
      ["investor", "desk"],
      ["investor", "desk"],
      ["investor", "desk"],
      ["desk"],
      ["desk"],
    ]);
    const capped = await db.inquiryEvent.findMany({ where: { type: "email-capped" }, include: { inquiry: true } });
    expect(capped.map((e) => [e.inquiry.reference, e.public, e.data])).toEqual([
      [references[3], false, { kind: "investor", limit: 3 }],
      [references[4], false, { kind: "investor", limit: 3 }],
    ]);
    // Another address is not affected, and the counter keeps no address.
    expect(await owed(((await create({ email: "other@example.com" })) as { reference: string }).reference)).toEqual([
      "investor",
      "desk",
    ]);
    const keys = await db.rateLimitCounter.findMany();
    expect(keys.every((k) => !k.key.includes("example.com"))).toBe(true);
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    const result = await create({ email: "nope", consentProcessing: undefined, sector: "no-such-sector" });
    expect(result).toEqual({ ok: false, errors: { email: "email", consentProcessing: "consent" } });
    expect(await create({ sector: "no-such-sector" })).toEqual({ ok: false, errors: { sector: "required" } });
    expect(await create({ hub: "no-such-hub" })).toEqual({ ok: false, errors: { hub: "invalid" } });
    expect(await createInquiry({ form, idempotencyKey: "short", locale: "vi" })).toEqual({
      ok: false,
      errors: { form: "invalid" },
    });
    expect(await db.inquiry.count()).toBe(0);
    expect(await db.inquiryEvent.count()).toBe(0);
  });

  it("stores markup as plain text, exactly as typed", async () => {
    const payload = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const result = await create({ message: payload, organisation: `"><svg onload=alert(1)>` });
    if (!result.ok) throw new Error("not stored");
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { reference: result.reference } });
    expect(inquiry.message).toBe(payload);
    expect(inquiry.organisation).toBe(`"><svg onload=alert(1)>`);
  });

  it("never fails and never writes a partial record (300 generated forms)", async () => {
    const field = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom("", "on", "ha", "VN", "electronics", "x@y.vn", "+84 28 1234 5678"),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...Object.keys(form), "consentNewsletter"), field),
        async (changes) => {
          const before = await db.inquiry.count();
          const result = await create(changes);
          const after = await db.inquiry.count();
          expect(after - before).toBe(result.ok && result.created ? 1 : 0);
          if (result.ok) {
            const events = await db.inquiryEvent.count({
              where: { inquiry: { reference: result.reference }, type: { not: "email-capped" } },
            });
            expect(events).toBe(2);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});

describe("findInquiryStatus", () => {
  it("shows the public timeline for the right reference and e-mail, and the same nothing otherwise", async () => {
    const { findInquiryStatus } = await import("@/server/inquiries/find-inquiry-status");
    const result = await create();
    if (!result.ok) throw new Error("not stored");
    const view = await findInquiryStatus(result.reference.toLowerCase(), "  MINJUN.KIM@example.com ", "en");
    expect(view).toMatchObject({ reference: result.reference, status: "ASSIGNED" });
    expect(view?.events.map((e) => e.type)).toEqual(["received", "routed"]);
    expect(view?.events[1]?.desk).toBe("High-tech and digital economy desk");
    expect(await findInquiryStatus(result.reference, "other@example.com", "en")).toBeNull();
    expect(await findInquiryStatus("LA-2026-ZZZZZZ", "minjun.kim@example.com", "en")).toBeNull();
    expect(await findInquiryStatus("not a reference", "minjun.kim@example.com", "en")).toBeNull();
  });
});
