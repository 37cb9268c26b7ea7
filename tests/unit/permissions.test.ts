import { describe, expect, it } from "vitest";
import { PERMISSIONS, permissionsOf, roleCan, STAFF_ROLES, secondFactorRequired } from "@/lib/permissions";
import { StaffRole as PrismaStaffRole } from "@/server/generated/prisma/enums";

describe("permission map", () => {
  it("names the same roles as the database", () => {
    expect([...STAFF_ROLES].sort()).toEqual(Object.values(PrismaStaffRole).sort());
  });

  it("gives administrators every permission", () => {
    for (const permission of PERMISSIONS) expect(roleCan("ADMINISTRATOR", permission)).toBe(true);
  });

  it("gives editors content and nothing about people, inquiries or the audit log", () => {
    const editor = permissionsOf("EDITOR");
    expect([...editor].sort()).toEqual(
      ["account:self", "content:edit", "dashboard:view", "parcel:manage", "post:publish", "post:write"].sort(),
    );
  });

  it("gives investment officers their desks' inquiries only", () => {
    const officer = permissionsOf("INVESTMENT_OFFICER");
    expect([...officer].sort()).toEqual(
      ["account:self", "dashboard:view", "inquiry:manage:own-desk", "inquiry:read:own-desk", "report:read"].sort(),
    );
    expect(roleCan("INVESTMENT_OFFICER", "inquiry:read:any")).toBe(false);
    expect(roleCan("INVESTMENT_OFFICER", "user:manage")).toBe(false);
  });

  it("lets every role manage its own account and see the start page", () => {
    for (const role of STAFF_ROLES) {
      expect(roleCan(role, "account:self")).toBe(true);
      expect(roleCan(role, "dashboard:view")).toBe(true);
    }
  });

  it("keeps user, audit and settings permissions to administrators", () => {
    for (const permission of [
      "user:manage",
      "audit:read",
      "settings:manage",
      "desk:manage",
      "routing:manage",
      "personal-data:manage",
      "inquiry:read:any",
      "inquiry:manage:any",
    ] as const) {
      expect(STAFF_ROLES.filter((role) => roleCan(role, permission))).toEqual(["ADMINISTRATOR"]);
    }
  });

  it("requires a second factor of administrators only", () => {
    expect(STAFF_ROLES.filter(secondFactorRequired)).toEqual(["ADMINISTRATOR"]);
  });
});
