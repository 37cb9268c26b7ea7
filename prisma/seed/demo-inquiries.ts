// Sample inquiries for the embedded demo database, so that the inbox, the
// start page and the reports have something to show; and, by the same
// generator, the 100,000 inquiries of `npm run bench:inbox`. Every one is
// marked as sample data: organisations "Công ty Mẫu …" / "Sample Co. …",
// addresses under the reserved `.example` domain, idempotency keys starting
// with "demo-", a message that says so. Deterministic for a given seed and
// `now`; received times are spread back from `now`, due times computed in
// working days as the portal computes them.
import { addWorkingDays } from "../../lib/working-days";
import type { Database, Tx } from "../../server/db";
import type { Prisma } from "../../server/generated/prisma/client";
import { inquirySearchText } from "../../server/inquiries/search-text";
import { chooseDesk, type RoutingRuleData } from "../../server/routing/choose-desk";
import { random } from "./geometry";

export const DEMO_KEY_PREFIX = "demo-";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Status =
  | "NEW"
  | "ASSIGNED"
  | "IN_PROGRESS"
  | "WAITING_ON_INVESTOR"
  | "QUALIFIED"
  | "CLOSED_WON"
  | "CLOSED_LOST"
  | "SPAM"
  | "HELD";
type Capital = "UNDER_10M" | "FROM_10M_TO_50M" | "FROM_50M_TO_200M" | "OVER_200M";

export type DemoContext = {
  sectors: { id: number }[];
  hubs: { id: number }[];
  rules: RoutingRuleData[];
  defaultDeskId: number | null;
  /** Who handles assigned inquiries, per desk (any desk when `deskIds` is empty). */
  officers: { id: number; name: string; deskIds: number[] }[];
  holidays: ReadonlySet<string>;
  targetDays: number;
};

export type DemoEvent = {
  type: string;
  public: boolean;
  data: Record<string, unknown>;
  actorId: number | null;
  at: Date;
};

export type DemoInquiry = {
  reference: string;
  idempotencyKey: string;
  locale: "vi" | "en";
  status: Status;
  fullName: string;
  organisation: string;
  position: string | null;
  country: string;
  email: string;
  phone: string | null;
  sectorId: number;
  hubId: number | null;
  parcelCodes: string[];
  capitalRange: Capital;
  landAreaM2: number | null;
  expectedJobs: number | null;
  timeline: string;
  message: string;
  consentedAt: Date;
  privacyNoticeVersion: string;
  newsletterConsentAt: Date | null;
  deskId: number | null;
  routingRuleId: number | null;
  assigneeId: number | null;
  dueAt: Date;
  firstResponseAt: Date | null;
  lastActivityAt: Date;
  closedAt: Date | null;
  searchText: string;
  /** As the write functions keep it: every status had, and ASSIGNED once an officer had it. */
  stagesReached: Status[];
  createdAt: Date;
  events: DemoEvent[];
};

/** The stages an inquiry with this timeline has reached (the reports' funnel reads them). */
function stagesOf(status: Status, assigned: boolean, events: DemoEvent[]): Status[] {
  const reached = new Set<Status>(["NEW", status]);
  for (const event of events) {
    if (event.type === "status" && typeof event.data.to === "string") reached.add(event.data.to as Status);
    if (event.type === "assigned" && event.data.to !== null && event.data.to !== undefined) reached.add("ASSIGNED");
  }
  if (assigned) reached.add("ASSIGNED");
  if (status === "HELD") reached.delete("NEW");
  return [...reached];
}

/** A received time and status to start with, for the demo's fixed cases (the rest are drawn). */
export type DemoScenario = { ageDays: number; status: Status; answered?: boolean };

const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
/**
 * A unique reference per index: the index times a number prime to 30, modulo
 * 30⁶, written in the reference alphabet (a bijection, so no two clash), and
 * offset by the seed so that two seeds draw different ones.
 */
function referenceOf(index: number, year: number, seed: number): string {
  const space = 30 ** 6;
  let n = (((index + seed * 7_919) % space) * 48_271) % space;
  let code = "";
  for (let i = 0; i < 6; i++) {
    code = REFERENCE_ALPHABET[n % 30] + code;
    n = Math.floor(n / 30);
  }
  return `LA-${year}-${code}`;
}

const vietnameseFamily = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô"];
const vietnameseMiddle = ["Văn", "Thị", "Minh", "Quốc", "Thu", "Hữu", "Ngọc", "Đức"];
const vietnameseGiven = [
  "An",
  "Bình",
  "Châu",
  "Dũng",
  "Giang",
  "Hải",
  "Hương",
  "Khánh",
  "Lâm",
  "Linh",
  "Phúc",
  "Quân",
  "Thảo",
  "Trung",
  "Yến",
];
const foreignNames: Record<string, string[]> = {
  KR: ["Kim Min-jun", "Lee Seo-yeon", "Park Ji-ho", "Choi Yu-na", "Jung Hyun-woo"],
  JP: ["Sato Haruto", "Suzuki Yui", "Takahashi Ren", "Tanaka Aoi", "Watanabe Sota"],
  CN: ["Wang Wei", "Li Na", "Zhang Lei", "Liu Yang", "Chen Jing"],
  TW: ["Lin Chia-hao", "Huang Yu-ting", "Chang Wei-lun"],
  SG: ["Tan Wei Ming", "Lim Hui Shan", "Ng Jun Jie"],
  US: ["Emily Carter", "James Miller", "Olivia Brooks"],
  DE: ["Anna Schneider", "Lukas Fischer"],
  TH: ["Somchai Suksawat", "Nattaya Chaiyaporn"],
  IN: ["Priya Sharma", "Arjun Mehta"],
};
const countries: [string, number][] = [
  ["VN", 35],
  ["KR", 18],
  ["JP", 14],
  ["CN", 9],
  ["TW", 7],
  ["SG", 6],
  ["US", 4],
  ["DE", 3],
  ["TH", 2],
  ["IN", 2],
];
const organisationWords = [
  "Ánh Dương",
  "Bình Minh",
  "Hoa Sen",
  "Phương Nam",
  "Sông Vàm",
  "Tân Tiến",
  "Đồng Tháp Mười",
  "Mekong",
];
const foreignWords = ["Orchid", "Harbor", "Summit", "Lotus", "Pioneer", "Delta", "Sunrise", "Bridge"];
const organisationKinds = ["Điện tử", "Logistics", "Nông nghiệp công nghệ cao", "Cơ khí", "Phần mềm", "Bao bì"];
const foreignKinds = ["Electronics", "Logistics", "Agritech", "Precision", "Software", "Packaging"];
const positions = [
  "Giám đốc",
  "Phó Giám đốc",
  "Trưởng phòng Đầu tư",
  "Director",
  "Investment Manager",
  "Head of Expansion",
];
const timelines = ["within-6-months", "within-12-months", "within-24-months", "later"];
const capitals: [Capital, number][] = [
  ["UNDER_10M", 35],
  ["FROM_10M_TO_50M", 35],
  ["FROM_50M_TO_200M", 20],
  ["OVER_200M", 10],
];

/** Statuses by age: recent inquiries are waiting, old ones mostly closed. */
function statusFor(ageDays: number, roll: ReturnType<typeof random>): Status {
  if (ageDays < 1)
    return roll.weighted<Status>([
      ["NEW", 70],
      ["HELD", 10],
      ["ASSIGNED", 10],
      ["IN_PROGRESS", 10],
    ]);
  if (ageDays < 4)
    return roll.weighted<Status>([
      ["NEW", 35],
      ["ASSIGNED", 25],
      ["IN_PROGRESS", 25],
      ["WAITING_ON_INVESTOR", 10],
      ["HELD", 5],
    ]);
  if (ageDays < 30)
    return roll.weighted<Status>([
      ["NEW", 5],
      ["ASSIGNED", 10],
      ["IN_PROGRESS", 25],
      ["WAITING_ON_INVESTOR", 20],
      ["QUALIFIED", 15],
      ["CLOSED_LOST", 10],
      ["CLOSED_WON", 5],
      ["SPAM", 10],
    ]);
  return roll.weighted<Status>([
    ["IN_PROGRESS", 2],
    ["WAITING_ON_INVESTOR", 3],
    ["QUALIFIED", 5],
    ["CLOSED_WON", 25],
    ["CLOSED_LOST", 50],
    ["SPAM", 15],
  ]);
}

const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * `count` sample inquiries received over the `spanDays` before `now` (more of
 * them recently), the first ones following `scenarios`. Each comes with the
 * timeline events its status implies.
 */
export function generateDemoInquiries(options: {
  count: number;
  now: Date;
  context: DemoContext;
  seed?: number;
  spanDays?: number;
  scenarios?: readonly DemoScenario[];
}): DemoInquiry[] {
  const { count, now, context } = options;
  const seed = options.seed ?? 2026;
  const spanDays = options.spanDays ?? 365;
  const roll = random(seed);
  const inquiries: DemoInquiry[] = [];
  for (let index = 0; index < count; index++) {
    const scenario = options.scenarios?.[index];
    const ageDays = scenario?.ageDays ?? spanDays * roll.next() ** 2.5;
    const createdAt = new Date(Math.floor((now.getTime() - ageDays * DAY) / 1000) * 1000);
    const status = scenario?.status ?? statusFor(ageDays, roll);
    const country = roll.weighted(countries);
    const vietnamese = country === "VN";
    const fullName = vietnamese
      ? `${roll.pick(vietnameseFamily)} ${roll.pick(vietnameseMiddle)} ${roll.pick(vietnameseGiven)}`
      : roll.pick(foreignNames[country] ?? foreignNames.US ?? ["Sample Person"]);
    const organisation = vietnamese
      ? `Công ty Mẫu ${roll.pick(organisationKinds)} ${roll.pick(organisationWords)}`
      : `Sample Co. ${roll.pick(foreignWords)} ${roll.pick(foreignKinds)}`;
    const locale = vietnamese || roll.next() < 0.1 ? "vi" : "en";
    const sector = roll.pick(context.sectors);
    const hub = roll.next() < 0.75 ? roll.pick(context.hubs) : null;
    const capitalRange = roll.weighted(capitals);
    const held = status === "HELD";
    const decision = held
      ? null
      : chooseDesk(context.rules, { sectorId: sector.id, hubId: hub?.id ?? null, capitalRange }, context.defaultDeskId);
    const deskId = decision?.deskId ?? null;
    const reference = referenceOf(index, createdAt.getUTCFullYear(), seed);
    const email = `${slug(fullName).replaceAll("-", ".")}.${index}@${vietnamese ? "mau" : "sample"}.example`;
    const dueAt = addWorkingDays(createdAt, context.targetDays, context.holidays);
    const events: DemoEvent[] = [{ type: "received", public: true, data: {}, actorId: null, at: createdAt }];
    if (held) events.push({ type: "held", public: false, data: { reason: "honeypot" }, actorId: null, at: createdAt });
    else if (decision) events.push({ type: "routed", public: true, data: decision, actorId: null, at: createdAt });
    else events.push({ type: "unrouted", public: false, data: {}, actorId: null, at: createdAt });

    const handled = !["NEW", "HELD"].includes(status);
    const deskOfficers = context.officers.filter(
      (o) => o.deskIds.length === 0 || (deskId !== null && o.deskIds.includes(deskId)),
    );
    const officer = handled && status !== "SPAM" && deskOfficers.length > 0 ? roll.pick(deskOfficers) : null;
    const available = now.getTime() - createdAt.getTime();
    let at = createdAt.getTime();
    const step = (share: number) => {
      at = Math.min(now.getTime() - 60_000, at + Math.max(60_000, available * share));
      return new Date(at);
    };
    if (officer) {
      events.push({
        type: "assigned",
        public: false,
        data: { from: null, to: officer.id, toName: officer.name },
        actorId: officer.id,
        at: step(roll.between(0.02, 0.1)),
      });
    }
    // Answered mostly within the target, sometimes late: the reports' share answered in time has both.
    const wantsAnswer =
      scenario?.answered ??
      (["WAITING_ON_INVESTOR", "QUALIFIED", "CLOSED_WON", "CLOSED_LOST"].includes(status) ||
        (status === "IN_PROGRESS" && roll.next() < 0.7));
    let firstResponseAt: Date | null = null;
    if (handled && status !== "ASSIGNED" && status !== "SPAM") {
      events.push({
        type: "status",
        public: false,
        data: { from: officer ? "ASSIGNED" : "NEW", to: "IN_PROGRESS" },
        actorId: officer?.id ?? null,
        at: step(0.02),
      });
      events.push({ type: "inProgress", public: true, data: {}, actorId: officer?.id ?? null, at: new Date(at) });
    }
    if (wantsAnswer && handled && status !== "SPAM") {
      const late = roll.next() < 0.2;
      const delay = late ? roll.between(2.5, 6) * DAY : roll.between(2, 36) * HOUR;
      const answeredAt = Math.min(createdAt.getTime() + delay, now.getTime() - 60_000);
      at = Math.max(at, answeredAt);
      firstResponseAt = new Date(at);
      const subject = locale === "vi" ? `Phản hồi yêu cầu ${reference}` : `Reply to inquiry ${reference}`;
      const text =
        locale === "vi"
          ? "(Dữ liệu mẫu) Kính gửi Quý nhà đầu tư, Ban Quản lý xin gửi thông tin về quỹ đất và thủ tục đầu tư."
          : "(Sample data) Dear investor, please find information on available land and the investment procedure.";
      events.push({
        type: "reply",
        public: false,
        data: { subject, text },
        actorId: officer?.id ?? null,
        at: firstResponseAt,
      });
      events.push({ type: "answered", public: true, data: {}, actorId: officer?.id ?? null, at: firstResponseAt });
    }
    const later = ["WAITING_ON_INVESTOR", "QUALIFIED", "CLOSED_WON", "CLOSED_LOST", "SPAM"] as const;
    if ((later as readonly string[]).includes(status)) {
      const from = status === "SPAM" ? (officer ? "ASSIGNED" : "NEW") : "IN_PROGRESS";
      const closing = status === "CLOSED_WON" || status === "CLOSED_LOST";
      events.push({
        type: "status",
        public: false,
        data: {
          from,
          to: status,
          ...(closing
            ? {
                reason:
                  status === "CLOSED_WON"
                    ? "investedHere"
                    : roll.pick(["choseOtherLocation", "projectCancelled", "noResponse"]),
              }
            : {}),
        },
        actorId: officer?.id ?? null,
        at: step(roll.between(0.1, 0.5)),
      });
      if (closing)
        events.push({ type: "closed", public: true, data: {}, actorId: officer?.id ?? null, at: new Date(at) });
    }
    const closed = status === "CLOSED_WON" || status === "CLOSED_LOST" || status === "SPAM";
    const lastActivityAt = new Date(Math.max(...events.map((event) => event.at.getTime())));
    const base = {
      reference,
      fullName,
      organisation,
      email,
    };
    inquiries.push({
      ...base,
      idempotencyKey: `${DEMO_KEY_PREFIX}${seed}-${index}`,
      locale,
      status,
      position: roll.next() < 0.7 ? roll.pick(positions) : null,
      country,
      phone: roll.next() < 0.6 ? `+84 28 ${roll.int(3000, 3999)} ${roll.int(1000, 9999)}` : null,
      sectorId: sector.id,
      hubId: hub?.id ?? null,
      parcelCodes: [],
      capitalRange,
      landAreaM2: roll.next() < 0.8 ? roll.int(1, 40) * 5_000 : null,
      expectedJobs: roll.next() < 0.7 ? roll.int(2, 120) * 10 : null,
      timeline: roll.pick(timelines),
      message:
        locale === "vi"
          ? "(Dữ liệu mẫu) Chúng tôi quan tâm đến việc thuê đất xây dựng nhà máy và đề nghị Ban Quản lý cung cấp thông tin về giá thuê, hạ tầng và thủ tục."
          : "(Sample data) We are interested in leasing land to build a plant and ask the Board for information on rent, infrastructure and the procedure.",
      consentedAt: createdAt,
      privacyNoticeVersion: "2026-11-24",
      newsletterConsentAt: roll.next() < 0.3 ? createdAt : null,
      deskId,
      routingRuleId: decision?.ruleId ?? null,
      assigneeId: officer?.id ?? null,
      dueAt,
      firstResponseAt,
      lastActivityAt,
      closedAt: closed ? lastActivityAt : null,
      searchText: inquirySearchText(base),
      stagesReached: stagesOf(status, officer !== null, events),
      createdAt,
      events,
    });
  }
  return inquiries;
}

/** Desks' rules, sectors, hubs, the response target and the holidays, as the database has them. */
export async function loadDemoContext(db: Tx, officers: DemoContext["officers"]): Promise<DemoContext> {
  const [sectors, hubs, rules, defaultDesk, settings, holidays] = await Promise.all([
    db.sector.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.hub.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.routingRule.findMany({ include: { desk: { select: { active: true } } }, orderBy: { id: "asc" } }),
    db.desk.findFirst({ where: { isDefault: true, active: true }, select: { id: true }, orderBy: { id: "asc" } }),
    db.siteSettings.findUnique({ where: { id: 1 }, select: { responseTargetWorkingDays: true } }),
    db.holiday.findMany({ select: { date: true } }),
  ]);
  return {
    sectors,
    hubs,
    rules: rules.map((rule) => ({
      id: rule.id,
      position: rule.position,
      active: rule.active,
      sectorId: rule.sectorId,
      hubId: rule.hubId,
      capitalRanges: rule.capitalRanges,
      deskId: rule.deskId,
      deskActive: rule.desk.active,
    })),
    defaultDeskId: defaultDesk?.id ?? null,
    officers,
    holidays: new Set(holidays.map((holiday) => holiday.date.toISOString().slice(0, 10))),
    targetDays: settings?.responseTargetWorkingDays ?? 2,
  };
}

/** The demo's fixed cases, so that every kind of row shows up: overdue, held, answered, closed. */
export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  { ageDays: 0.1, status: "NEW" },
  { ageDays: 0.6, status: "NEW" },
  { ageDays: 1.5, status: "NEW" },
  { ageDays: 5, status: "NEW" },
  { ageDays: 9, status: "NEW" },
  { ageDays: 0.3, status: "HELD" },
  { ageDays: 6, status: "HELD" },
  { ageDays: 4, status: "ASSIGNED" },
  { ageDays: 1, status: "ASSIGNED" },
  { ageDays: 7, status: "IN_PROGRESS", answered: false },
  { ageDays: 3, status: "IN_PROGRESS", answered: true },
  { ageDays: 12, status: "WAITING_ON_INVESTOR" },
  { ageDays: 25, status: "QUALIFIED" },
  { ageDays: 60, status: "CLOSED_WON" },
  { ageDays: 95, status: "CLOSED_LOST" },
  { ageDays: 20, status: "SPAM" },
];

export const DEMO_INQUIRY_COUNT = 40;

/**
 * Writes the demo's sample inquiries, with their timelines, unless it has
 * them already (they are made once; staff may then change them). Returns
 * how many were written.
 */
export async function seedDemoInquiries(
  db: Database,
  options: { officers: DemoContext["officers"]; now?: Date },
): Promise<number> {
  const existing = await db.inquiry.count({ where: { idempotencyKey: { startsWith: DEMO_KEY_PREFIX } } });
  if (existing > 0) return 0;
  const context = await loadDemoContext(db, options.officers);
  const inquiries = generateDemoInquiries({
    count: DEMO_INQUIRY_COUNT,
    now: options.now ?? new Date(),
    context,
    scenarios: DEMO_SCENARIOS,
  });
  await db.$transaction(
    async (tx) => {
      for (const { events, ...inquiry } of inquiries) {
        await tx.inquiry.create({
          data: {
            ...inquiry,
            updatedAt: inquiry.lastActivityAt,
            events: {
              create: events.map((event) => ({
                type: event.type,
                public: event.public,
                data: event.data as Prisma.InputJsonValue,
                actorId: event.actorId,
                createdAt: event.at,
              })),
            },
          },
        });
      }
    },
    { timeout: 60_000 },
  );
  return inquiries.length;
}
