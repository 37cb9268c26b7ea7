import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { permissionsOf } from "@/lib/permissions";
import { inviteStaffSchema } from "@/lib/schemas/staff";
import type { StaffActor } from "@/server/auth/session";
import { AppError } from "@/server/errors";

// The wrapper every back-office action goes through, without a database: the
// permission check is replaced by one that answers as told.

const check = vi.hoisted(() => ({ answer: null as null | Error | object, asked: [] as string[] }));
vi.mock("@/server/auth/require-permission", () => ({
  requirePermission: async (permission: string) => {
    check.asked.push(permission);
    if (check.answer instanceof Error) throw check.answer;
    return check.answer;
  },
}));

const { fieldErrors, isStaffAction, staffAction } = await import("@/server/auth/staff-action");

const actor: StaffActor = {
  userId: 7,
  sessionId: 70,
  email: "admin@example.vn",
  name: "Admin",
  role: "ADMINISTRATOR",
  locale: "vi",
  deskIds: [],
  permissions: permissionsOf("ADMINISTRATOR"),
  clientKey: "client:test",
};

beforeEach(() => {
  check.answer = actor;
  check.asked = [];
});

function formData(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

/** The redirect target of a call, or its form state. */
async function call(
  action: ReturnType<typeof staffAction>,
  fields: Record<string, string | string[]>,
  previous = null as Parameters<typeof action>[0],
) {
  try {
    return { state: await action(previous, formData(fields)) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT;")) throw error;
    return { redirectedTo: digest.split(";")[2] };
  }
}

const schema = z.object({ name: z.string().min(1, { error: "required" }), password: z.string().optional() });

describe("fieldErrors", () => {
  it("keeps the first issue of each field, as a message key", () => {
    const result = inviteStaffSchema.safeParse({ email: "not an address", name: "", role: "KING", desks: ["x"] });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error?.issues ?? [])).toEqual({
      email: "email",
      name: "required",
      role: "required",
      desks: "invalid",
      userLocale: "invalid",
    });
  });

  it("says `invalid` for messages that are not keys, and `form` for issues without a path", () => {
    expect(
      fieldErrors([
        { code: "custom", path: ["a"], message: "Too small: expected string to have >=1 characters", input: "" },
        { code: "custom", path: [], message: "passwordsDiffer", input: "" },
        { code: "custom", path: ["b", 0], message: "tooLong", input: "" },
        { code: "custom", path: ["b"], message: "required", input: "" },
      ]),
    ).toEqual({ a: "invalid", form: "passwordsDiffer", b: "tooLong" });
  });
});

describe("staffAction", () => {
  it("checks the permission first and stops there when it is missing", async () => {
    const work = vi.fn();
    const action = staffAction("user:manage", schema, work);
    expect(action.permission).toBe("user:manage");
    expect(isStaffAction(action)).toBe(true);
    expect(isStaffAction(async () => null)).toBe(false);
    check.answer = new AppError("FORBIDDEN", "no");
    const outcome = await call(action, { name: "An", locale: "en" });
    expect(check.asked).toEqual(["user:manage"]);
    expect(outcome.state).toEqual({
      errors: { form: "forbidden" },
      details: undefined,
      values: { name: "An", locale: "en" },
      attempt: 1,
    });
    expect(work).not.toHaveBeenCalled();
  });

  it("sends someone without a session to the sign-in page, in the form's language (the default one otherwise)", async () => {
    const work = vi.fn();
    check.answer = new AppError("UNAUTHENTICATED", "no");
    const action = staffAction("dashboard:view", schema, work);
    expect((await call(action, { name: "An", locale: "en" })).redirectedTo).toBe("/en/admin/sign-in?expired=1");
    expect((await call(action, { name: "An", locale: "fr" })).redirectedTo).toBe("/vi/admin/sign-in?expired=1");
    expect((await call(action, { name: "An" })).redirectedTo).toBe("/vi/admin/sign-in?expired=1");
    expect(work).not.toHaveBeenCalled();
  });

  it("answers schema errors per field, never sends secrets back, and counts the answers", async () => {
    const work = vi.fn();
    const action = staffAction("user:manage", schema, work);
    const outcome = await call(
      action,
      { name: "", password: "hunter2", code: "123456", note: "kept" },
      {
        errors: {},
        values: {},
        attempt: 4,
      },
    );
    expect(outcome.state).toEqual({
      errors: { name: "required" },
      details: undefined,
      values: { name: "", note: "kept" },
      attempt: 5,
    });
    expect(work).not.toHaveBeenCalled();
  });

  it("passes the parsed input, the actor and the locale to the work; a name posted twice is a list", async () => {
    const work = vi.fn(async () => ({ done: "saved", items: ["a"] }));
    const action = staffAction("user:manage", z.object({ desks: z.array(z.string()), one: z.string() }), work);
    const outcome = await call(action, { desks: ["1", "2"], one: "x", locale: "en" });
    expect(work).toHaveBeenCalledWith(
      actor,
      { desks: ["1", "2"], one: "x" },
      { locale: "en", form: { desks: "2", one: "x", locale: "en" } },
    );
    expect(outcome.state).toEqual({
      errors: {},
      values: {},
      attempt: 1,
      done: { message: "saved", values: undefined, items: ["a"] },
    });
  });

  it("keeps what was typed when the work asks for it, and redirects within the form's language", async () => {
    const keep = staffAction("user:manage", schema, async () => ({ done: "saved", keep: true }));
    expect((await call(keep, { name: "An", password: "x" })).state?.values).toEqual({ name: "An" });
    const away = staffAction("user:manage", schema, async () => ({ redirectTo: "/admin/staff/3" }));
    expect((await call(away, { name: "An", locale: "en" })).redirectedTo).toBe("/en/admin/staff/3");
  });

  it("reads an uploaded file's text into its text field, within its limit, only for someone allowed", async () => {
    const work = vi.fn(async (_actor: StaffActor, _input: { text: string }) => ({ done: "read", keep: true }));
    const upload = staffAction("parcel:manage", z.object({ text: z.string().min(1, { error: "required" }) }), work, {
      files: { file: { into: "text", maxBytes: 10, tooLarge: "fileTooBig" } },
      shown: ["code"],
    });
    const post = (text: string, file?: Blob, extra: Record<string, string> = {}) => {
      const data = new FormData();
      data.append("text", text);
      data.append("file", file ?? new File([], ""), "boundary.geojson");
      for (const [name, value] of Object.entries(extra)) data.append(name, value);
      return upload(null, data);
    };
    // A chosen file stands for what was typed, and comes back as the field's value.
    const read = await post("typed", new File(['{"a":1}'], "boundary.geojson"), { code: "BL-A-01" });
    expect(work).toHaveBeenLastCalledWith(actor, { text: '{"a":1}' }, expect.objectContaining({ locale: "vi" }));
    expect(read?.values).toEqual({ text: '{"a":1}', code: "BL-A-01" });
    // No file chosen (an empty one is posted): the typed text is kept.
    await post("typed");
    expect(work).toHaveBeenLastCalledWith(actor, { text: "typed" }, expect.anything());
    // Over the limit: refused on the field, the file not read, the work not run.
    work.mockClear();
    const large = await post("typed", new File(["x".repeat(11)], "boundary.geojson"));
    expect(large).toMatchObject({ errors: { text: "fileTooBig" }, values: { text: "typed" } });
    expect(work).not.toHaveBeenCalled();
    // Without the permission nothing is read.
    check.answer = new AppError("FORBIDDEN", "no");
    const text = vi.fn(async () => "never");
    const refused = await post("typed", Object.assign(new File(["{}"], "b.json"), { text }));
    expect(refused?.errors).toEqual({ form: "forbidden" });
    expect(text).not.toHaveBeenCalled();
  });

  it("maps the work's refusals to the form state", async () => {
    const refusing = (error: Error) => staffAction("user:manage", schema, async () => Promise.reject(error));
    const state = async (error: Error) => (await call(refusing(error), { name: "An" })).state;
    expect((await state(new AppError("INVALID_INPUT", "x", { fields: { desks: "invalid" } })))?.errors).toEqual({
      desks: "invalid",
    });
    expect((await state(new AppError("INVALID_INPUT", "x", { reason: "stale" })))?.errors).toEqual({ form: "stale" });
    const conflict = await state(new AppError("CONFLICT", "x", { reason: "lastAdministrator", values: { count: 1 } }));
    expect(conflict?.errors).toEqual({ form: "lastAdministrator" });
    expect(conflict?.details).toEqual({ count: "1" });
    expect((await state(new AppError("NOT_FOUND", "x")))?.errors).toEqual({ form: "not_found" });
    expect((await state(new AppError("RATE_LIMITED", "x")))?.errors).toEqual({ form: "rate_limited" });
    expect((await state(new AppError("FORBIDDEN", "x")))?.errors).toEqual({ form: "forbidden" });
    expect((await state(new AppError("DATABASE_UNAVAILABLE", "x")))?.errors).toEqual({ form: "unavailable" });
    expect(
      (await state(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })))?.errors,
    ).toEqual({
      form: "unavailable",
    });
    // Anything else is a bug: it reaches the error page.
    await expect(call(refusing(new TypeError("boom")), { name: "An" })).rejects.toThrow("boom");
  });
});
