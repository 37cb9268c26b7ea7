import { describe, expect, it } from "vitest";
import { createDeskSchema, deskSlugOf } from "./desk";

describe("deskSlugOf", () => {
  it("makes a lower-case, dashed identifier of an English name, without accents", () => {
    expect(deskSlugOf("Major projects desk")).toBe("major-projects-desk");
    expect(deskSlugOf("  Đồng Tháp & Cần Giuộc — Desk ")).toBe("dong-thap-can-giuoc-desk");
    expect(deskSlugOf("!!!")).toBe("desk");
    expect(deskSlugOf("a".repeat(100))).toHaveLength(60);
  });
});

describe("createDeskSchema", () => {
  it("reads ticked boxes as true, absent ones as false, and members as ids", () => {
    const parsed = createDeskSchema.parse({
      nameVi: " Bộ  phận ",
      nameEn: "Desk",
      email: "desk@example.vn",
      members: ["3", "1", "3"],
      active: "1",
    });
    expect(parsed).toEqual({
      nameVi: "Bộ phận",
      nameEn: "Desk",
      email: "desk@example.vn",
      members: [1, 3],
      active: true,
      isDefault: false,
    });
  });
});
