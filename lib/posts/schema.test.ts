import { describe, expect, it } from "vitest";
import {
  isoToLocalDateTime,
  localDateTimeToIso,
  POST_LIMITS,
  type PostDoc,
  postDocToFormValues,
  postFormSchema,
  postTransitionSchema,
  readPostDoc,
  slugify,
} from "./schema";

// The edit form's flat fields → a post's document: Vietnamese required,
// another language all or nothing, slugs made from titles and checked, each
// kind's own fields, office time (UTC+7) for events, every problem named by
// its field with a key of "Admin.errors".

type Fields = Record<string, string | string[]>;
const UUID = "0b0f6f8e-4c6b-4e7a-9a51-3f2a1c9d8e7f";

const news: Fields = {
  kind: "NEWS",
  "vi.title": "Hội thảo xúc tiến đầu tư năm 2026",
  "vi.summary": "Tóm tắt bài viết.",
  "vi.body": "Nội dung **bài viết**.",
};
const english: Fields = {
  "en.title": "Investment promotion seminar 2026",
  "en.summary": "The post's summary.",
  "en.body": "The **post's** body.",
};

const parse = (fields: Fields) => postFormSchema.safeParse(fields);
/** The problems, as { field: message }. */
const errors = (fields: Fields) =>
  Object.fromEntries((parse(fields).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
const doc = (fields: Fields): PostDoc => {
  const result = parse(fields);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data.doc;
};

describe("postFormSchema: languages", () => {
  it("makes a Vietnamese-only document", () => {
    const result = doc(news);
    expect(Object.keys(result.texts)).toEqual(["vi"]);
    expect(result.texts.vi).toEqual({
      title: "Hội thảo xúc tiến đầu tư năm 2026",
      slug: "hoi-thao-xuc-tien-dau-tu-nam-2026",
      summary: "Tóm tắt bài viết.",
      body: "Nội dung **bài viết**.",
      imageAlt: "",
      place: "",
      parties: "",
    });
    expect(result).toMatchObject({ kind: "NEWS", coverImageId: null, sectors: [], hubs: [], parcels: [] });
  });

  it("requires the Vietnamese title, summary and body", () => {
    expect(errors({ kind: "NEWS" })).toEqual({
      "vi.title": "required",
      "vi.summary": "required",
      "vi.body": "required",
    });
    expect(errors({ ...news, "vi.body": "   " })).toEqual({ "vi.body": "required" });
    // English alone is not enough.
    expect(errors({ kind: "NEWS", ...english })).toEqual({
      "vi.title": "required",
      "vi.summary": "required",
      "vi.body": "required",
    });
  });

  it("takes English all or nothing", () => {
    expect(Object.keys(doc({ ...news, ...english }).texts)).toEqual(["vi", "en"]);
    expect(Object.keys(doc({ ...news, "en.title": " ", "en.slug": "", "en.summary": "" }).texts)).toEqual(["vi"]);
    expect(errors({ ...news, "en.title": "Only a title" })).toEqual({
      "en.summary": "required",
      "en.body": "required",
    });
    expect(errors({ ...news, "en.body": "Only a body" })).toEqual({ "en.title": "required", "en.summary": "required" });
  });

  it("refuses a kind it does not know", () => {
    expect(errors({ ...news, kind: "" })).toEqual({ kind: "required" });
    expect(errors({ ...news, kind: "news" })).toEqual({ kind: "required" });
  });
});

describe("postFormSchema: slugs", () => {
  it("makes the slug from the title when none is typed", () => {
    expect(doc({ ...news, ...english }).texts.en?.slug).toBe("investment-promotion-seminar-2026");
    expect(doc({ ...news, "vi.title": "Đường Vành đai 3: thông xe kỹ thuật!" }).texts.vi?.slug).toBe(
      "duong-vanh-dai-3-thong-xe-ky-thuat",
    );
  });

  it("keeps a typed slug and checks it", () => {
    expect(doc({ ...news, "vi.slug": "tin-moi-2026" }).texts.vi?.slug).toBe("tin-moi-2026");
    for (const slug of ["Tin-moi", "tin moi", "tin--moi", "-tin", "tin-", "tin_moi", "tín"])
      expect(errors({ ...news, "vi.slug": slug }), slug).toEqual({ "vi.slug": "postSlug" });
    expect(errors({ ...news, "vi.slug": "a".repeat(POST_LIMITS.slug + 1) })).toMatchObject({ "vi.slug": "tooLong" });
  });

  it("needs a slug typed when the title has nothing to make one of", () => {
    expect(errors({ ...news, "vi.title": "“…” – ?" })).toEqual({ "vi.slug": "postSlug" });
    expect(doc({ ...news, "vi.title": "“…” – ?", "vi.slug": "thong-bao" }).texts.vi?.slug).toBe("thong-bao");
  });

  it("slugify folds accents and đ, joins words with hyphens and stays within the limit", () => {
    expect(slugify("Đức Hòa – Hậu Nghĩa: cực tăng trưởng")).toBe("duc-hoa-hau-nghia-cuc-tang-truong");
    expect(slugify("  QCVN 40:2025/BTNMT  ")).toBe("qcvn-40-2025-btnmt");
    expect(slugify("Ưu đãi ĐẶC BIỆT")).toBe("uu-dai-dac-biet");
    expect(slugify("!!!")).toBe("");
    const long = slugify(`${"từ ".repeat(100)}cuối`);
    expect(long.length).toBeLessThanOrEqual(POST_LIMITS.slug);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe("postFormSchema: kinds", () => {
  const event: Fields = {
    ...news,
    kind: "EVENT",
    eventStartsAt: "2026-12-10T09:00",
    eventEndsAt: "2026-12-10T11:30",
    "vi.place": "Hội trường Ban Quản lý",
  };

  it("keeps an event's times in office time (UTC+7)", () => {
    const result = doc(event);
    expect(result.eventStartsAt).toBe("2026-12-10T02:00:00.000Z");
    expect(result.eventEndsAt).toBe("2026-12-10T04:30:00.000Z");
    expect(result.texts.vi?.place).toBe("Hội trường Ban Quản lý");
    // Early in the morning office time is the day before in UTC, and New Year's morning is last year.
    expect(doc({ ...event, eventStartsAt: "2026-12-10T03:00", eventEndsAt: "" }).eventStartsAt).toBe(
      "2026-12-09T20:00:00.000Z",
    );
    expect(doc({ ...event, eventStartsAt: "2027-01-01T06:00", eventEndsAt: "" }).eventStartsAt).toBe(
      "2026-12-31T23:00:00.000Z",
    );
  });

  it("requires an event's start and place, and an end after the start", () => {
    expect(errors({ ...event, eventStartsAt: "", "vi.place": "" })).toEqual({
      eventStartsAt: "required",
      "vi.place": "required",
    });
    expect(errors({ ...event, ...english })).toEqual({ "en.place": "required" });
    expect(errors({ ...event, eventEndsAt: "2026-12-10T08:59" })).toEqual({ eventEndsAt: "postEndBeforeStart" });
  });

  it("refuses times that do not exist instead of rolling them over", () => {
    for (const value of [
      "2026-02-30T09:00",
      "2026-12-10T24:00",
      "2026-12-10T09:60",
      "2026-13-01T09:00",
      "10/12/2026 09:00",
      "2026-12-10",
    ])
      expect(errors({ ...event, eventStartsAt: value }), value).toMatchObject({ eventStartsAt: "dateTime" });
  });

  it("takes an event's registration link over https only", () => {
    expect(doc({ ...event, registrationUrl: "https://example.com/dang-ky" }).registrationUrl).toBe(
      "https://example.com/dang-ky",
    );
    for (const url of [
      "http://example.com",
      "javascript:alert(1)",
      "example.com",
      `https://example.com/${"a".repeat(500)}`,
    ])
      expect(errors({ ...event, registrationUrl: url }), url).toEqual({ registrationUrl: "url" });
  });

  it("requires an agreement's date (a real day) and parties", () => {
    const agreement: Fields = { ...news, kind: "AGREEMENT", agreementDate: "2026-11-20", "vi.parties": "Bên A; Bên B" };
    expect(doc(agreement)).toMatchObject({ agreementDate: "2026-11-20" });
    expect(doc(agreement).texts.vi?.parties).toBe("Bên A; Bên B");
    expect(errors({ ...agreement, agreementDate: "", "vi.parties": "" })).toEqual({
      agreementDate: "required",
      "vi.parties": "required",
    });
    for (const value of ["2026-02-30", "2026-13-01", "20/11/2026", "2026-11-20T00:00"])
      expect(errors({ ...agreement, agreementDate: value }), value).toEqual({ agreementDate: "date" });
  });

  it("requires a policy update to name the incentive or procedure step it changes", () => {
    const update: Fields = { ...news, kind: "POLICY_UPDATE", relatedContent: "incentive:cit" };
    expect(doc(update).relatedContent).toBe("incentive:cit");
    expect(doc({ ...update, relatedContent: "procedure-step:environment" }).relatedContent).toBe(
      "procedure-step:environment",
    );
    expect(errors({ ...update, relatedContent: "" })).toEqual({ relatedContent: "required" });
    for (const value of ["sector:electronics", "incentive:", "incentive:CIT", "cit"])
      expect(errors({ ...update, relatedContent: value }), value).toEqual({ relatedContent: "invalid" });
  });

  it("drops the fields of other kinds", () => {
    const result = doc({
      ...news,
      eventStartsAt: "2026-12-10T09:00",
      registrationUrl: "https://example.com",
      agreementDate: "2026-11-20",
      relatedContent: "incentive:cit",
      "vi.place": "Nơi",
      "vi.parties": "Các bên",
      "vi.imageAlt": "Ảnh",
    });
    expect(result).toMatchObject({
      eventStartsAt: null,
      eventEndsAt: null,
      registrationUrl: null,
      agreementDate: null,
      relatedContent: null,
    });
    expect(result.texts.vi).toMatchObject({ place: "", parties: "", imageAlt: "" });
  });
});

describe("postFormSchema: cover image, related rows, limits", () => {
  it("requires alt text in every language for a cover image", () => {
    expect(errors({ ...news, ...english, coverImageId: UUID })).toEqual({
      "vi.imageAlt": "postImageAlt",
      "en.imageAlt": "postImageAlt",
    });
    const result = doc({ ...news, coverImageId: UUID, "vi.imageAlt": "Nút giao Mỹ Yên" });
    expect(result.coverImageId).toBe(UUID);
    expect(result.texts.vi?.imageAlt).toBe("Nút giao Mỹ Yên");
    expect(errors({ ...news, coverImageId: "not-a-uuid", "vi.imageAlt": "x" })).toEqual({ coverImageId: "invalid" });
  });

  it("takes sectors and hubs as repeated check boxes, once each, in order", () => {
    const result = doc({ ...news, sectors: ["logistics", "electronics", "logistics"], hubs: "ben-luc" });
    expect(result.sectors).toEqual(["electronics", "logistics"]);
    expect(result.hubs).toEqual(["ben-luc"]);
    expect(errors({ ...news, sectors: ["Electronics"] })).toEqual({ sectors: "invalid" });
    expect(errors({ ...news, hubs: Array.from({ length: 51 }, (_, i) => `hub-${i}`) })).toEqual({ hubs: "invalid" });
  });

  it("reads parcel codes typed in any case, separated by commas, semicolons or spaces", () => {
    expect(doc({ ...news, parcels: " bl-a-02, BL-A-01;cg-b-03  BL-A-01\n" }).parcels).toEqual([
      "BL-A-01",
      "BL-A-02",
      "CG-B-03",
    ]);
    expect(doc({ ...news, parcels: "" }).parcels).toEqual([]);
    for (const value of ["B", "BL_A_01", "-BL", "BL/A"])
      expect(errors({ ...news, parcels: value }), value).toEqual({ parcels: "postParcelCodes" });
    const many = Array.from({ length: 51 }, (_, i) => `P-${i}`).join(",");
    expect(errors({ ...news, parcels: many })).toEqual({ parcels: "postParcelCodes" });
  });

  it("holds each text to its limit", () => {
    for (const [field, max] of Object.entries(POST_LIMITS)) {
      if (field === "slug") continue;
      const fields: Fields = { ...news, kind: "EVENT", eventStartsAt: "2026-12-10T09:00", "vi.place": "Nơi" };
      if (field === "imageAlt") fields.coverImageId = UUID;
      fields[`vi.${field}`] = "a".repeat(max);
      if (field !== "parties") expect(errors(fields), field).toEqual({});
      fields[`vi.${field}`] = "a".repeat(max + 1);
      if (field !== "parties") expect(errors(fields), field).toMatchObject({ [`vi.${field}`]: "tooLong" });
    }
    expect(errors({ ...news, kind: "AGREEMENT", agreementDate: "2026-11-20", "vi.parties": "a".repeat(601) })).toEqual({
      "vi.parties": "tooLong",
    });
  });

  it("refuses control characters, keeping the body's tabs and line breaks", () => {
    expect(errors({ ...news, "vi.title": "Tin\u0007mới" })).toEqual({ "vi.title": "invalid" });
    expect(errors({ ...news, "vi.summary": "Tóm\u001btắt" })).toEqual({ "vi.summary": "invalid" });
    expect(errors({ ...news, "vi.body": "Nội\u0000dung" })).toEqual({ "vi.body": "invalid" });
    expect(errors({ ...news, "vi.body": "Nội\u0008dung" })).toEqual({ "vi.body": "invalid" });
    expect(errors({ ...news, "vi.body": "Nội\u007fdung" })).toEqual({ "vi.body": "invalid" });
    expect(doc({ ...news, "vi.body": "Dòng 1\r\n\tDòng 2\rDòng 3" }).texts.vi?.body).toBe("Dòng 1\n\tDòng 2\nDòng 3");
    // A one-line field's line breaks and tabs become spaces.
    expect(doc({ ...news, "vi.title": "Tin\n\tmới  hôm nay" }).texts.vi?.title).toBe("Tin mới hôm nay");
  });

  it("stores text in composed form (NFC), trimmed", () => {
    const decomposed = "Tây Ninh".normalize("NFD");
    expect(decomposed).not.toBe("Tây Ninh");
    expect(doc({ ...news, "vi.title": `  ${decomposed}  ` }).texts.vi?.title).toBe("Tây Ninh");
  });

  it("reads the version the form was opened on", () => {
    expect(parse({ ...news, version: "3" }).data?.version).toBe(3);
    expect(parse(news).data?.version).toBeUndefined();
    for (const version of ["0", "-1", "1.5", "abc"])
      expect(errors({ ...news, version }), version).toEqual({ version: "invalid" });
  });
});

describe("a document and its form", () => {
  it("round-trip: the form's values parse back into the same document", () => {
    const original = doc({
      ...news,
      ...english,
      kind: "EVENT",
      eventStartsAt: "2026-12-10T09:00",
      eventEndsAt: "2026-12-10T11:00",
      registrationUrl: "https://example.com/dang-ky",
      coverImageId: UUID,
      "vi.imageAlt": "Ảnh bìa",
      "en.imageAlt": "Cover",
      "vi.place": "Hội trường",
      "en.place": "Main hall",
      sectors: ["electronics", "logistics"],
      hubs: ["ben-luc"],
      parcels: "BL-A-01, BL-A-02",
    });
    const values = postDocToFormValues(original);
    expect(values).toMatchObject({ eventStartsAt: "2026-12-10T09:00", parcels: "BL-A-01, BL-A-02" });
    // Check boxes post one value each.
    const form = { ...values, sectors: values.sectors?.split(",") ?? [], hubs: values.hubs?.split(",") ?? [] };
    expect(doc(form)).toEqual(original);
  });

  it("isoToLocalDateTime shows an instant in office time", () => {
    expect(isoToLocalDateTime("2026-12-09T20:00:00.000Z")).toBe("2026-12-10T03:00");
    expect(isoToLocalDateTime(null)).toBe("");
    expect(localDateTimeToIso("2026-12-10T03:00")).toBe("2026-12-09T20:00:00.000Z");
  });

  it("readPostDoc fills what an older revision lacks", () => {
    expect(readPostDoc({ kind: "EVENT", texts: { vi: news } })).toEqual({
      kind: "EVENT",
      texts: { vi: news },
      coverImageId: null,
      eventStartsAt: null,
      eventEndsAt: null,
      registrationUrl: null,
      agreementDate: null,
      relatedContent: null,
      sectors: [],
      hubs: [],
      parcels: [],
    });
    expect(readPostDoc(null).kind).toBe("NEWS");
  });
});

describe("postTransitionSchema", () => {
  const parseTransition = (fields: Record<string, string>) => postTransitionSchema.safeParse(fields);
  const transitionErrors = (fields: Record<string, string>) =>
    Object.fromEntries(
      (parseTransition(fields).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
    );

  it("reads the action and the version", () => {
    expect(parseTransition({ action: "submit", version: "2" }).data).toEqual({
      action: "submit",
      version: 2,
      comment: "",
      scheduledFor: null,
    });
    expect(transitionErrors({ action: "delete", version: "2" })).toEqual({ action: "invalid" });
    expect(transitionErrors({ action: "submit", version: "x" })).toEqual({ version: "invalid" });
    expect(transitionErrors({ action: "submit", version: "0" })).toEqual({ version: "invalid" });
  });

  it("requires a comment to reject, and keeps it to 2,000 characters", () => {
    expect(transitionErrors({ action: "reject", version: "1" })).toEqual({ comment: "postRejectComment" });
    expect(transitionErrors({ action: "reject", version: "1", comment: "   " })).toEqual({
      comment: "postRejectComment",
    });
    expect(parseTransition({ action: "reject", version: "1", comment: "  Cần bổ sung nguồn.  " }).data?.comment).toBe(
      "Cần bổ sung nguồn.",
    );
    expect(transitionErrors({ action: "approve", version: "1", comment: "a".repeat(2001) })).toEqual({
      comment: "tooLong",
    });
  });

  it("requires a time, in office time, to schedule", () => {
    expect(transitionErrors({ action: "schedule", version: "1" })).toEqual({ scheduledFor: "required" });
    expect(transitionErrors({ action: "schedule", version: "1", scheduledFor: "2026-02-30T09:00" })).toEqual({
      scheduledFor: "dateTime",
    });
    expect(
      parseTransition({ action: "schedule", version: "1", scheduledFor: "2026-12-10T09:00" }).data?.scheduledFor,
    ).toBe("2026-12-10T02:00:00.000Z");
    // Another action ignores a time sent with it.
    expect(
      parseTransition({ action: "publish", version: "1", scheduledFor: "2026-12-10T09:00" }).data?.scheduledFor,
    ).toBe(null);
  });
});
