import { describe, expect, it } from "vitest";
import { addWorkingDays } from "@/lib/working-days";
import {
  DEMO_INQUIRY_COUNT,
  DEMO_KEY_PREFIX,
  DEMO_SCENARIOS,
  type DemoContext,
  generateDemoInquiries,
} from "@/prisma/seed/demo-inquiries";
import { inquirySearchText } from "@/server/inquiries/search-text";

// The demo's (and the inbox benchmark's) sample inquiries: recognisably
// sample data, consistent with what the portal itself would have stored.

const now = new Date("2026-12-01T08:00:00Z");
const context: DemoContext = {
  sectors: [{ id: 1 }, { id: 2 }, { id: 3 }],
  hubs: [{ id: 10 }, { id: 11 }],
  rules: [
    { id: 7, position: 10, active: true, sectorId: 2, hubId: null, capitalRanges: [], deskId: 2, deskActive: true },
  ],
  defaultDeskId: 1,
  officers: [
    { id: 100, name: "Cán bộ Một", deskIds: [1] },
    { id: 101, name: "Cán bộ Hai", deskIds: [2] },
  ],
  holidays: new Set(["2026-09-02"]),
  targetDays: 2,
};
const inquiries = generateDemoInquiries({ count: DEMO_INQUIRY_COUNT, now, context, scenarios: DEMO_SCENARIOS });

describe("the demo's sample inquiries", () => {
  it("are the same on every run, with unique references", () => {
    expect(generateDemoInquiries({ count: DEMO_INQUIRY_COUNT, now, context, scenarios: DEMO_SCENARIOS })).toEqual(
      inquiries,
    );
    expect(new Set(inquiries.map((i) => i.reference)).size).toBe(DEMO_INQUIRY_COUNT);
    const many = generateDemoInquiries({ count: 20_000, now, context, seed: 7, spanDays: 1095 });
    expect(new Set(many.map((i) => i.reference)).size).toBe(20_000);
    for (const inquiry of many.slice(0, 50)) expect(inquiry.reference).toMatch(/^LA-\d{4}-[2-9A-HJKMNP-TV-Z]{6}$/);
  });

  it("say they are sample data", () => {
    for (const inquiry of inquiries) {
      expect(inquiry.organisation).toMatch(/^(Công ty Mẫu|Sample Co\.) /);
      expect(inquiry.email).toMatch(/@(mau|sample)\.example$/);
      expect(inquiry.idempotencyKey.startsWith(DEMO_KEY_PREFIX)).toBe(true);
      expect(inquiry.message).toMatch(/^\((Dữ liệu mẫu|Sample data)\)/);
    }
  });

  it("follow the fixed cases first, then vary", () => {
    DEMO_SCENARIOS.forEach((scenario, index) => {
      expect(inquiries[index]?.status).toBe(scenario.status);
    });
    const statuses = new Set(inquiries.map((i) => i.status));
    for (const status of [
      "NEW",
      "HELD",
      "ASSIGNED",
      "IN_PROGRESS",
      "WAITING_ON_INVESTOR",
      "CLOSED_WON",
      "CLOSED_LOST",
    ]) {
      expect(statuses).toContain(status);
    }
    // Some overdue, some answered in time, some held.
    expect(inquiries.some((i) => i.status === "NEW" && i.dueAt < now)).toBe(true);
    expect(inquiries.some((i) => i.firstResponseAt !== null && i.firstResponseAt <= i.dueAt)).toBe(true);
  });

  it("are stored as the portal stores them: routed, due in working days, searchable, in order", () => {
    for (const inquiry of inquiries) {
      expect(inquiry.dueAt).toEqual(addWorkingDays(inquiry.createdAt, 2, context.holidays));
      expect(inquiry.searchText).toBe(inquirySearchText(inquiry));
      expect(inquiry.createdAt <= now).toBe(true);
      if (inquiry.status === "HELD") {
        expect(inquiry.deskId).toBeNull();
        expect(inquiry.events.map((e) => e.type)).toEqual(["received", "held"]);
      } else {
        expect(inquiry.deskId).toBe(inquiry.sectorId === 2 ? 2 : 1);
        expect(inquiry.routingRuleId).toBe(inquiry.sectorId === 2 ? 7 : null);
      }
      if (inquiry.assigneeId !== null) {
        const officer = context.officers.find((o) => o.id === inquiry.assigneeId);
        expect(officer?.deskIds).toContain(inquiry.deskId);
      }
      if (inquiry.firstResponseAt) {
        expect(inquiry.firstResponseAt < now).toBe(true);
        expect(inquiry.events.some((e) => e.type === "answered" && e.public)).toBe(true);
      }
      const times = inquiry.events.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(inquiry.lastActivityAt.getTime()).toBe(Math.max(...times));
      expect(inquiry.closedAt !== null).toBe(["CLOSED_WON", "CLOSED_LOST", "SPAM"].includes(inquiry.status));
    }
  });
});
