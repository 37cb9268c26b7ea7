import { generateTOTP, getTOTPAuthUri } from "@epic-web/totp";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  acceptTotp,
  currentTotp,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeHash,
  TOTP,
  totpQrSvg,
} from "@/server/auth/totp";

// Codes as an authenticator app makes them: @epic-web/totp's generateTOTP
// reads the clock, so the clock is set to the moment the app shows the code.

const PERIOD_MS = TOTP.period * 1000;
/** A moment in the middle of a time step (no test sits on a step's edge). */
const T = Math.floor(Date.UTC(2019, 5, 1, 9, 0, 0) / PERIOD_MS) * PERIOD_MS + 12_345;
const stepOf = (time: number) => Math.floor(time / PERIOD_MS);

async function codeAt(secret: string, time: number): Promise<string> {
  vi.useFakeTimers({ toFake: ["Date"], now: time });
  try {
    return (await generateTOTP({ ...TOTP, secret })).otp;
  } finally {
    vi.useRealTimers();
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe("acceptTotp", () => {
  it("accepts the current code and says its time step", async () => {
    const secret = await newTotpSecret();
    const code = await codeAt(secret, T);
    expect(await acceptTotp(secret, code, null, T)).toBe(stepOf(T));
  });

  it("agrees with the codes authenticator apps make, for any secret and time", async () => {
    for (let i = 0; i < 200; i++) {
      const secret = await newTotpSecret();
      const time = Math.floor(Math.random() * 4_000_000_000_000);
      expect(await acceptTotp(secret, await codeAt(secret, time), null, time)).toBe(stepOf(time));
    }
  });

  it("accepts the code of the step before and the step after (clock drift)", async () => {
    const secret = await newTotpSecret();
    expect(await acceptTotp(secret, await codeAt(secret, T - PERIOD_MS), null, T)).toBe(stepOf(T) - 1);
    expect(await acceptTotp(secret, await codeAt(secret, T + PERIOD_MS), null, T)).toBe(stepOf(T) + 1);
  });

  it("refuses codes two steps away or more", async () => {
    const secret = await newTotpSecret();
    const near = await Promise.all([-1, 0, 1].map((offset) => codeAt(secret, T + offset * PERIOD_MS)));
    for (const offset of [-2, 2, -3, 3, 100]) {
      const code = await codeAt(secret, T + offset * PERIOD_MS);
      // A code can equal one of the window's by chance (about one in 300,000): nothing to test then.
      if (near.includes(code)) continue;
      expect(await acceptTotp(secret, code, null, T), `offset ${offset}`).toBeNull();
    }
  });

  it("uses the time it is given, not the clock's", async () => {
    const secret = await newTotpSecret();
    const code = await codeAt(secret, T);
    // The real clock is years away from T.
    expect(Math.abs(Date.now() - T)).toBeGreaterThan(60 * PERIOD_MS);
    expect(await acceptTotp(secret, code, null, T)).toBe(stepOf(T));
    expect(await acceptTotp(secret, code, null, T + 2 * PERIOD_MS)).toBeNull();
  });

  it("reads the clock when no time is given", async () => {
    const secret = await newTotpSecret();
    vi.useFakeTimers({ toFake: ["Date"], now: T });
    const code = await currentTotp(secret);
    expect(await acceptTotp(secret, code, null)).toBe(stepOf(T));
    vi.setSystemTime(T + PERIOD_MS);
    expect(await acceptTotp(secret, code, null)).toBe(stepOf(T));
    vi.setSystemTime(T + 2 * PERIOD_MS);
    expect(await acceptTotp(secret, code, null)).toBeNull();
  });

  it("never accepts a code twice: nothing from a step at or before the last one accepted", async () => {
    const secret = await newTotpSecret();
    const current = await codeAt(secret, T);
    const step = await acceptTotp(secret, current, null, T);
    expect(step).toBe(stepOf(T));
    // The same code again, now or in the next step (when it is still in the window).
    expect(await acceptTotp(secret, current, step, T)).toBeNull();
    expect(await acceptTotp(secret, current, step, T + PERIOD_MS)).toBeNull();
    // The previous step's code, still in the window, is older than the one used.
    expect(await acceptTotp(secret, await codeAt(secret, T - PERIOD_MS), step, T)).toBeNull();
    // The next code is fine.
    expect(await acceptTotp(secret, await codeAt(secret, T + PERIOD_MS), step, T)).toBe(stepOf(T) + 1);
  });

  it("refuses anything that is not six digits, and tolerates spaces as apps show them", async () => {
    const secret = await newTotpSecret();
    const code = await codeAt(secret, T);
    expect(await acceptTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, T)).toBe(stepOf(T));
    for (const wrong of [
      "",
      "12345",
      "1234567",
      "abcdef",
      `${code.slice(0, 5)}x`,
      `${code}0`,
      "１２３４５６",
      "-12345",
      "12 34 5",
    ]) {
      expect(await acceptTotp(secret, wrong, null, T), JSON.stringify(wrong)).toBeNull();
    }
    // Arabic-Indic digits of the right code are not ASCII digits.
    const arabic = [...code].map((d) => String.fromCodePoint(0x0660 + Number(d))).join("");
    expect(await acceptTotp(secret, arabic, null, T)).toBeNull();
  });

  it("refuses a right code for another secret, and a malformed secret", async () => {
    const secret = await newTotpSecret();
    const other = await newTotpSecret();
    const code = await codeAt(secret, T);
    if (code !== (await codeAt(other, T))) expect(await acceptTotp(other, code, null, T)).toBeNull();
    expect(await acceptTotp("not base32!", code, null, T)).toBeNull();
  });
});

describe("enrolment material", () => {
  it("makes base32 secrets of 80 bits that authenticator apps read", async () => {
    const secret = await newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{16}$/);
    expect(await newTotpSecret()).not.toBe(secret);
    const { uri, svg } = totpQrSvg(secret, "an@example.vn", "Long An");
    expect(uri).toBe(getTOTPAuthUri({ ...TOTP, secret, accountName: "an@example.vn", issuer: "Long An" }));
    expect(uri).toContain("algorithm=SHA1&digits=6&period=30");
    expect(svg).toMatch(/^<svg/);
  });

  it("makes ten distinct recovery codes, recognised however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
      expect(looksLikeRecoveryCode(code.toLowerCase().replaceAll("-", " "))).toBe(true);
      expect(recoveryCodeHash(code.toLowerCase().replaceAll("-", ""))).toBe(recoveryCodeHash(code));
    }
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(recoveryCodeHash(codes[0] as string)).not.toBe(recoveryCodeHash(codes[1] as string));
  });
});
