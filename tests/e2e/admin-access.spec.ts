import type { BrowserContext, Page } from "@playwright/test";
import pg from "pg";
import { type Permission, roleCan } from "@/lib/permissions";
import { baseURL } from "../../playwright.config";
import { createStaffSession, createStaffUser, type StaffFixtureRole, staffCookieName } from "../fixtures/staff";
import { actAsOwnClient } from "./client-address";
import { copyParcel, fillParcelForm, square, uniqueParcelCode } from "./parcel-form";
import { e2eDatabaseUrl, expect, test } from "./staff-login";

// The access matrix: every back-office page and every back-office action,
// anonymously and as each role. Where the role has the permission it works;
// where it does not, it is refused — a redirect to the sign-in page, the 403
// page, or an action error — and nothing is written. Actions are replayed
// the way an attacker would: the form an administrator was given, posted
// with another person's cookie (or none). Without JavaScript, so each post
// is the form's own HTTP request.

type Who = "anonymous" | StaffFixtureRole;
const EVERYONE: readonly Who[] = ["anonymous", "ADMINISTRATOR", "EDITOR", "INVESTMENT_OFFICER"];
const allowed = (who: Who, permission: Permission) => who !== "anonymous" && roleCan(who, permission);

test.beforeEach(actAsOwnClient);
test.use({ javaScriptEnabled: false });

/** Signs the browser in as a new person with this role (or out, for "anonymous"); returns their id. */
async function becomes(context: BrowserContext, who: Who): Promise<number | null> {
  await context.clearCookies();
  if (who === "anonymous") return null;
  const url = e2eDatabaseUrl();
  const user = await createStaffUser({ role: who, url });
  const session = await createStaffSession(user.id, { url, siteUrl: baseURL });
  await context.addCookies([
    { name: staffCookieName(baseURL), value: session.token, url: baseURL, httpOnly: true, sameSite: "Lax" },
  ]);
  return user.id;
}

async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const auditCount = async (action: string, actorId: number | null) =>
  actorId === null
    ? 0
    : ((
        await query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEntry" WHERE action = $1 AND "actorId" = $2`, [
          action,
          actorId,
        ])
      )[0]?.n ?? 0);

const ownAccount = async (userId: number) => {
  const [row] = await query<{ passwordHash: string; live: number }>(
    `SELECT u."passwordHash",
       (SELECT count(*)::int FROM "StaffSession" s WHERE s."userId" = u.id AND s."revokedAt" IS NULL) AS live
     FROM "StaffUser" u WHERE u.id = $1`,
    [userId],
  );
  return row as { passwordHash: string; live: number };
};

const refusedPage = async (page: Page) =>
  page
    .getByRole("heading", { name: "You do not have access to this page" })
    .or(page.getByText("Your role does not allow this."));

test.describe("back-office pages", () => {
  const pages: { path: (target: number) => string; permission: Permission }[] = [
    { path: () => "/en/admin", permission: "dashboard:view" },
    { path: () => "/en/admin/users", permission: "user:manage" },
    { path: () => "/en/admin/users/invite", permission: "user:manage" },
    { path: (target) => `/en/admin/users/${target}`, permission: "user:manage" },
    { path: (target) => `/en/admin/users/${target}?confirm=disable`, permission: "user:manage" },
    { path: () => "/en/admin/audit", permission: "audit:read" },
    { path: () => "/en/admin/account", permission: "account:self" },
    { path: () => "/en/admin/posts", permission: "post:write" },
    { path: () => "/en/admin/posts/new", permission: "post:write" },
    { path: () => "/en/admin/parcels", permission: "parcel:manage" },
    { path: () => "/en/admin/parcels?stale=1&archived=include&sample=real", permission: "parcel:manage" },
    { path: () => "/en/admin/parcels/new", permission: "parcel:manage" },
    { path: () => "/en/admin/parcels/BL-A-01", permission: "parcel:manage" },
    { path: () => "/en/admin/parcels/import", permission: "parcel:manage" },
  ];
  for (const { path, permission } of pages) {
    for (const who of EVERYONE) {
      test(`${path(0).replace("/0", "/{id}")} as ${who}`, async ({ page, context }) => {
        const target = await createStaffUser({ role: "EDITOR", url: e2eDatabaseUrl() });
        await becomes(context, who);
        const response = await page.goto(path(target.id));
        if (who === "anonymous") {
          await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=%2Fen%2Fadmin/);
          await expect(page.getByRole("heading", { name: "Sign in to the back office" })).toBeVisible();
        } else if (allowed(who, permission)) {
          expect(response?.status()).toBe(200);
          await expect(await refusedPage(page)).toHaveCount(0);
        } else {
          expect(response?.status()).toBe(403);
          await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
        }
        // Never in a shared cache, never indexed.
        expect(response?.headers()["cache-control"]).toContain("no-store");
        expect(response?.headers()["x-robots-tag"]).toContain("noindex");
      });
    }
  }

  for (const who of EVERYONE) {
    test(`the audit log's CSV export as ${who}`, async ({ page, context }) => {
      await becomes(context, who);
      const response = await page.request.get("/en/admin/audit/export");
      const expected = who === "anonymous" ? 401 : allowed(who, "audit:read") ? 200 : 403;
      expect(response.status()).toBe(expected);
      if (expected === 200) {
        expect(response.headers()["content-type"]).toContain("text/csv");
        expect((await response.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      }
    });
  }

  for (const who of EVERYONE) {
    test(`the parcel import's upload route as ${who}`, async ({ page, context }) => {
      await becomes(context, who);
      const response = await page.request.post("/api/admin/parcel-imports?locale=en", {
        multipart: { locale: "en", language: "vi" },
        headers: { origin: new URL(baseURL).origin },
        maxRedirects: 0,
      });
      const location = response.headers().location ?? "";
      if (who === "anonymous") expect(location).toContain("/en/admin/sign-in");
      else if (allowed(who, "parcel:manage")) expect(location).toBe("/en/admin/parcels/import?error=fileMissing");
      else expect(response.status()).toBe(403);
    });
  }
});

type ActionCase = {
  name: string;
  permission: Permission;
  /**
   * The audit entry the action writes when it runs; null for an action on
   * one's own account, which, posted with another person's cookie, works on
   * that person's account and must leave the administrator's untouched.
   */
  audit: string | null;
  /** The administrator has another session (a row with "End this session"). */
  adminElsewhere?: boolean;
  /** The page the administrator is given the form on, for a target person (or a parcel of the test's own). */
  path: (target: number, parcel: string) => string;
  /** The action works on a parcel: one is made for the test. */
  parcel?: boolean;
  target?: { role: StaffFixtureRole; totp?: boolean; active?: boolean };
  /** The target is signed in somewhere (there are sessions to end). */
  targetSignedIn?: boolean;
  /** Where the button is, when the page has two of that name. */
  within?: "banner";
  /** Fills the form as an administrator would, before it is posted. */
  fill?: (page: Page) => Promise<void>;
  button: string;
};

const actions: ActionCase[] = [
  {
    name: "invite a member of staff",
    permission: "user:manage",
    audit: "staff.invited",
    path: () => "/en/admin/users/invite",
    fill: async (page) => {
      await page.getByLabel("E-mail address").fill(`matrix-${Date.now()}-${Math.random()}@staff-fixture.example`);
      await page.getByLabel("Full name").fill("Matrix Invitee");
      await page.getByRole("radio", { name: /^Editor/ }).check();
    },
    button: "Send the invitation",
  },
  {
    name: "change a person's name and role",
    permission: "user:manage",
    audit: "staff.updated",
    path: (target) => `/en/admin/users/${target}`,
    fill: async (page) => page.getByLabel("Full name").fill(`Renamed ${Date.now()}`),
    button: "Save the changes",
  },
  {
    name: "disable an account",
    permission: "user:manage",
    audit: "staff.disabled",
    path: (target) => `/en/admin/users/${target}?confirm=disable`,
    button: "Yes, disable the account",
  },
  {
    name: "enable an account",
    permission: "user:manage",
    audit: "staff.enabled",
    target: { role: "EDITOR", active: false },
    path: (target) => `/en/admin/users/${target}`,
    button: "Enable the account",
  },
  {
    name: "reset a password",
    permission: "user:manage",
    audit: "staff.password-reset",
    path: (target) => `/en/admin/users/${target}?confirm=resetPassword`,
    button: "Yes, reset and send the link",
  },
  {
    name: "remove a second factor",
    permission: "user:manage",
    audit: "staff.second-factor-reset",
    target: { role: "EDITOR", totp: true },
    path: (target) => `/en/admin/users/${target}?confirm=resetSecondFactor`,
    button: "Yes, remove the second factor",
  },
  {
    name: "end every session of a person",
    permission: "user:manage",
    audit: "staff.sessions-revoked",
    targetSignedIn: true,
    path: (target) => `/en/admin/users/${target}?confirm=revokeSessions`,
    button: "Yes, end every session",
  },
  {
    name: "end one of one's own sessions",
    permission: "account:self",
    audit: null,
    adminElsewhere: true,
    path: () => "/en/admin/account",
    button: "End this session",
  },
  {
    name: "change one's own password",
    permission: "account:self",
    audit: null,
    path: () => "/en/admin/account",
    fill: async (page) => {
      await page.getByLabel("Current password", { exact: true }).fill("not the current password");
      await page.getByLabel("New password", { exact: true }).fill("a new passphrase for the matrix");
      await page.getByLabel("New password again", { exact: true }).fill("a new passphrase for the matrix");
    },
    button: "Change the password",
  },
  {
    name: "create a parcel",
    permission: "parcel:manage",
    audit: "parcel.create",
    path: () => "/en/admin/parcels/new",
    fill: async (page) => {
      await fillParcelForm(page, uniqueParcelCode("mtx"));
      await page.getByLabel("Boundary (GeoJSON)").fill(JSON.stringify(square(106.53, 10.68)));
    },
    button: "Create the parcel",
  },
  {
    name: "edit a parcel",
    permission: "parcel:manage",
    audit: "parcel.update",
    parcel: true,
    path: (_target, parcel) => `/en/admin/parcels/${parcel}`,
    fill: async (page) => page.getByLabel("Area (m²)").fill("123456"),
    button: "Save the changes",
  },
  {
    name: "change a parcel's status",
    permission: "parcel:manage",
    audit: "parcel.status",
    parcel: true,
    path: (_target, parcel) => `/en/admin/parcels/${parcel}`,
    fill: async (page) => {
      await page.getByLabel("New status").selectOption("reserved");
      await page.getByLabel("Reason for the change").fill("Held for an investor");
    },
    button: "Change the status",
  },
  {
    name: "mark a parcel verified today",
    permission: "parcel:manage",
    audit: "parcel.verify",
    parcel: true,
    path: (_target, parcel) => `/en/admin/parcels/${parcel}`,
    button: "Verified today",
  },
  {
    name: "archive a parcel",
    permission: "parcel:manage",
    audit: "parcel.archive",
    parcel: true,
    path: (_target, parcel) => `/en/admin/parcels/${parcel}?confirm=archive`,
    button: "Yes, archive the parcel",
  },
  {
    name: "sign out",
    permission: "account:self",
    audit: "sign-out",
    path: () => "/en/admin/account",
    within: "banner",
    button: "Sign out",
  },
];

test.describe("back-office actions", () => {
  for (const action of actions) {
    for (const who of EVERYONE) {
      test(`${action.name} as ${who}`, async ({ page, context }) => {
        const url = e2eDatabaseUrl();
        const target = await createStaffUser({ role: "EDITOR", ...action.target, url });
        if (action.targetSignedIn) await createStaffSession(target.id, { url, siteUrl: baseURL });
        // The form as an administrator is given it...
        const admin = (await becomes(context, "ADMINISTRATOR")) as number;
        const elsewhere = action.adminElsewhere ? await createStaffSession(admin, { url, siteUrl: baseURL }) : null;
        const parcel = action.parcel ? await copyParcel(url, uniqueParcelCode("mtx")) : "";
        await page.goto(action.path(target.id, parcel));
        await action.fill?.(page);
        const before = await query(`SELECT active, name, "totpEnabledAt" FROM "StaffUser" WHERE id = $1`, [target.id]);
        const parcelRow = () =>
          query(`SELECT version, status, "areaM2", "lastVerifiedAt", "archivedAt" FROM "Parcel" WHERE code = $1`, [
            parcel,
          ]);
        const parcelBefore = await parcelRow();
        const ownBefore = await ownAccount(admin);
        // ...posted by someone else.
        const actor = await becomes(context, who);
        const scope = action.within ? page.getByRole(action.within) : page;
        await scope.getByRole("button", { name: action.button, exact: true }).click();
        await page.waitForLoadState();
        if (allowed(who, action.permission)) {
          // (Signing out does end on the sign-in page, but not as a refusal.)
          await expect(page).not.toHaveURL(/\/sign-in\?expired=1/);
          await expect(await refusedPage(page)).toHaveCount(0);
          if (action.audit) expect(await auditCount(action.audit, actor)).toBe(1);
        } else {
          if (who === "anonymous") {
            await expect(page).toHaveURL(/\/en\/admin\/sign-in\?expired=1/);
          } else {
            await expect(await refusedPage(page)).not.toHaveCount(0);
          }
          if (action.audit) expect(await auditCount(action.audit, actor)).toBe(0);
          const after = await query(`SELECT active, name, "totpEnabledAt" FROM "StaffUser" WHERE id = $1`, [target.id]);
          expect(after).toEqual(before);
          expect(await parcelRow()).toEqual(parcelBefore);
        }
        // Whoever posted it, the administrator's own account is as it was (password, live sessions).
        expect(await ownAccount(admin)).toEqual(ownBefore);
        if (elsewhere) expect(ownBefore.live).toBe(2);
      });
    }
  }
});
