import { describe, expect, it } from "vitest";
import { classifySmtpFailure } from "./smtp-failure";

// The shapes nodemailer 10 gives its errors (code, command, responseCode).
describe("classifySmtpFailure", () => {
  it("treats a server never reached or never handed the data as not having the message", () => {
    const refused = { code: "ESOCKET", command: "CONN" };
    const greetingTimeout = { code: "ETIMEDOUT", command: "CONN" };
    const closedDuringEnvelope = { code: "ECONNECTION", command: "CONN" };
    for (const error of [refused, greetingTimeout, closedDuringEnvelope]) {
      expect(classifySmtpFailure(error, false)).toBe("not-accepted");
    }
  });

  it("treats any 4xx or 5xx reply as a refusal, at whatever stage", () => {
    const cases = [
      { code: "EPROTOCOL", command: "CONN", responseCode: 554 },
      { code: "EAUTH", command: "AUTH PLAIN", responseCode: 535 },
      { code: "EENVELOPE", command: "MAIL FROM", responseCode: 451 },
      { code: "EENVELOPE", command: "RCPT TO", responseCode: 550 },
      { code: "EENVELOPE", command: "DATA", responseCode: 554 },
      { code: "EMESSAGE", command: "DATA", responseCode: 451 },
      { code: "ECONNECTION", command: "CONN", responseCode: 421 },
    ];
    for (const error of cases) {
      expect(classifySmtpFailure(error, false)).toBe("not-accepted");
      expect(classifySmtpFailure(error, true)).toBe("not-accepted");
    }
  });

  it("treats a close or timeout after the data without a reply as ambiguous", () => {
    expect(classifySmtpFailure({ code: "ECONNECTION", command: "CONN" }, true)).toBe("ambiguous");
    expect(classifySmtpFailure({ code: "ETIMEDOUT", command: "CONN" }, true)).toBe("ambiguous");
    expect(classifySmtpFailure({ code: "ESOCKET", command: "CONN" }, true)).toBe("ambiguous");
  });

  it("treats failures on the sending side as not sent", () => {
    expect(classifySmtpFailure({ code: "EENVELOPE", command: "API" }, false)).toBe("not-accepted");
    expect(classifySmtpFailure({ code: "ESTREAM", command: "API" }, true)).toBe("not-accepted");
  });
});
