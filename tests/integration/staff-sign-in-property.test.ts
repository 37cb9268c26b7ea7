import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { textFields } from "@/lib/form-data";
import { callAction, request, resetRequest } from "../fixtures/next-request";
import {
  createStaffUser,
  deleteTestStaff,
  STAFF_PASSWORD,
  type StaffFixtureUser,
  uniqueEmail,
} from "../fixtures/staff";

// The sign-in form's server action is a public endpoint: whatever is posted
// to it, it answers with a form state or (signed in) a redirect, never an
// error, and nothing but the right password for an account starts a session.
vi.mock("next/headers", async () => (await import("../fixtures/next-request")).nextHeaders);

const { signInAction } = await import("@/app/[locale]/admin/sign-in/actions");
const { db } = await import("@/server/db");
const { query } = await import("@/server/sql");
const { emailKeyOf } = await import("@/server/auth/sign-in");
const { SESSION_COOKIE } = await import("@/server/auth/session");

let users: StaffFixtureUser[] = [];
beforeAll(async () => {
  // One of each way a right password goes on: signed in, the code, the enrolment.
  users = [
    await createStaffUser({ role: "EDITOR", email: uniqueEmail("property-editor") }),
    await createStaffUser({ role: "ADMINISTRATOR", email: uniqueEmail("property-admin"), totp: true }),
    await createStaffUser({ role: "ADMINISTRATOR", email: uniqueEmail("property-new-admin") }),
    await createStaffUser({ role: "EDITOR", email: uniqueEmail("property-disabled"), active: false }),
  ];
});
afterAll(async () => {
  await deleteTestStaff();
  await db.$disconnect();
});

type State = Awaited<ReturnType<typeof signInAction>>;

describe("the sign-in action, whatever is posted (1,000 generated posts)", () => {
  it("answers without failing and starts a session only for the right password of an active account", async () => {
    const emails = users.map((u) => u.email);
    const email = fc.oneof(
      // A known address as typed in many ways (some of them another address).
      {
        weight: 5,
        arbitrary: fc
          .constantFrom(...emails)
          .chain((e) =>
            fc.oneof(
              { weight: 3, arbitrary: fc.constantFrom(e, e.toUpperCase(), ` ${e} `, `\t${e}\n`) },
              fc.constantFrom(
                `${e}x`,
                `x${e}`,
                e.replace("@", "@@"),
                e.replace("-", "\u2011"),
                e.replace("@", "\u0000@"),
              ),
            ),
          ),
      },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom("", " ", "\u0000", "@", "é@é.vn", "ＡＢ@example.vn", `${"a".repeat(250)}@x.vn`),
      },
      { weight: 1, arbitrary: fc.string({ minLength: 255, maxLength: 5_000 }) },
    );
    const password = fc.oneof(
      // Near misses of the right password…
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          `${STAFF_PASSWORD} `,
          ` ${STAFF_PASSWORD}`,
          STAFF_PASSWORD.toUpperCase(),
          STAFF_PASSWORD.slice(0, -1),
          `${STAFF_PASSWORD}\u0000`,
          STAFF_PASSWORD.replace(" ", "\u00a0"),
        ),
      },
      // …the right one…
      { weight: 4, arbitrary: fc.constant(STAFF_PASSWORD) },
      // …and anything else, empty and huge included.
      { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
      { weight: 1, arbitrary: fc.constantFrom("", " ", "\u0000") },
      { weight: 1, arbitrary: fc.string({ minLength: 400, maxLength: 20_000 }) },
    );
    const post = fc.record({
      email: fc.option(email, { nil: undefined, freq: 10 }),
      password: fc.option(password, { nil: undefined, freq: 10 }),
      locale: fc.option(fc.constantFrom("en", "vi", "fr", "", "EN", "../vi", "vi\u0000"), { nil: undefined }),
      next: fc.option(
        fc.oneof(
          fc.constantFrom(
            "/en/admin/staff",
            "/vi/admin?x=1",
            "//evil.example",
            "https://evil.example/en/admin",
            "/en/admin//x",
            "javascript:alert(1)",
          ),
          fc.string({ maxLength: 40 }),
        ),
        { nil: undefined },
      ),
      extra: fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 30 }), { maxKeys: 4 }),
      // Now and then a field sent as a file instead of text, or sent twice.
      asFile: fc.oneof({ weight: 10, arbitrary: fc.constant(undefined) }, fc.constantFrom("email", "password")),
      twice: fc.oneof({ weight: 10, arbitrary: fc.constant(undefined) }, fc.constantFrom("email", "password")),
    });

    let n = 0;
    const outcomes = { signedIn: 0, wrongForKnown: 0 };
    await fc.assert(
      fc.asyncProperty(post, async (fields) => {
        // A new browser and client each time, and no counts left from earlier posts (locks, the client limit).
        resetRequest(`2001:db8:f::${(++n).toString(16)}`);
        await query(`DELETE FROM "RateLimitCounter"`);
        const data = new FormData();
        for (const [name, value] of Object.entries(fields.extra)) data.append(name, value);
        for (const name of ["email", "password", "locale", "next"] as const) {
          const value = fields[name];
          if (value === undefined) continue;
          if (fields.twice === name) data.append(name, "first value");
          data.append(name, fields.asFile === name ? new File([value], "field.txt") : value);
        }
        // The oracle reads the form as the server does (FormData replaces lone surrogates, the last value wins).
        const form = textFields(data);
        const account = users.find((u) => form.email !== undefined && emailKeyOf(form.email) === u.emailKey);
        const active = account !== undefined && !account.email.includes("property-disabled");
        const right = active && form.password === STAFF_PASSWORD;
        const locale = form.locale === "en" || form.locale === "vi" ? form.locale : "vi";

        const sessionsBefore = await db.staffSession.count();
        // Anything thrown but Next's redirect fails the property (callAction rethrows it).
        const outcome = await callAction<State>(signInAction, data);
        const sessionsAfter = await db.staffSession.count();

        if (outcome.redirectedTo !== undefined) {
          expect(right).toBe(true);
          outcomes.signedIn++;
          // Only to this site's back office, in the form's language.
          expect(outcome.redirectedTo).toMatch(new RegExp(`^/${locale}/admin(/[\\w\\-/]*)?(\\?[\\w=&%-]*)?$`));
          expect(outcome.redirectedTo).not.toContain("//");
          expect(request.sets.map((c) => [c.name, c.options.httpOnly, c.options.sameSite])).toEqual([
            [SESSION_COOKIE, true, "lax"],
          ]);
          expect(sessionsAfter).toBe(sessionsBefore + 1);
          return;
        }
        const state = outcome.state as NonNullable<State>;
        expect(right, JSON.stringify(form).slice(0, 200)).toBe(false);
        if (account && form.password) outcomes.wrongForKnown++;
        // Refused: an error to show, no cookie, no session, and never the password sent back.
        expect(Object.keys(state.errors).length).toBeGreaterThan(0);
        expect(request.sets).toEqual([]);
        expect(sessionsAfter).toBe(sessionsBefore);
        expect(state.values).not.toHaveProperty("password");
      }),
      { numRuns: 1_000 },
    );
    // The generator must reach both sides often enough for the property to mean something.
    expect(outcomes.signedIn).toBeGreaterThan(30);
    expect(outcomes.wrongForKnown).toBeGreaterThan(150);
    // No session was ever started but by a right password.
    const sessions = await db.staffSession.findMany({ where: { userId: { in: users.map((u) => u.id) } } });
    expect(sessions).toHaveLength(outcomes.signedIn);
    expect(new Set(sessions.map((s) => s.stage))).toEqual(new Set(["ACTIVE", "SECOND_FACTOR", "ENROL_SECOND_FACTOR"]));
  }, 600_000);
});
