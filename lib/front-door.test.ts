import { describe, expect, it } from "vitest";
import { clientAddressOf, isSiteOrigin, pathProblem, requestLocale } from "./front-door";

describe("clientAddressOf", () => {
  const of = (socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number) =>
    clientAddressOf({ socketAddress, forwardedFor, trustedProxies });

  it("without a proxy, is the connection's address whatever the client claims", () => {
    expect(of("203.0.113.5", undefined, 0)).toBe("203.0.113.5");
    expect(of("203.0.113.5", "198.51.100.1", 0)).toBe("203.0.113.5");
    expect(of("203.0.113.5", ["198.51.100.1", "198.51.100.2"], 0)).toBe("203.0.113.5");
    expect(of("::ffff:203.0.113.5", "1.2.3.4", 0)).toBe("203.0.113.5");
    expect(of("2001:db8::1", undefined, 0)).toBe("2001:db8::1");
  });

  it("behind proxies, is the address the first trusted proxy saw; earlier entries are the client's claims", () => {
    expect(of("10.0.0.2", "203.0.113.5", 1)).toBe("203.0.113.5");
    expect(of("10.0.0.2", "6.6.6.6, 203.0.113.5", 1)).toBe("203.0.113.5");
    expect(of("10.0.0.3", "6.6.6.6, 203.0.113.5, 10.0.0.2", 2)).toBe("203.0.113.5");
  });

  it("copes with fewer entries than proxies, blanks and no socket address", () => {
    expect(of("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(of("10.0.0.2", " 203.0.113.5 , ,", 1)).toBe("203.0.113.5");
    expect(of("10.0.0.2", "203.0.113.5", 5)).toBe("203.0.113.5");
    expect(of(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("isSiteOrigin", () => {
  it("accepts the site's own origin only", () => {
    expect(isSiteOrigin("https://invest.example.vn", "https://invest.example.vn")).toBe(true);
    expect(isSiteOrigin("http://invest.example.vn", "https://invest.example.vn")).toBe(false);
    expect(isSiteOrigin("https://evil.example", "https://invest.example.vn")).toBe(false);
    expect(isSiteOrigin("https://invest.example.vn.evil.example", "https://invest.example.vn")).toBe(false);
    expect(isSiteOrigin("null", "https://invest.example.vn")).toBe(false);
    expect(isSiteOrigin("not a url", "https://invest.example.vn")).toBe(false);
  });

  it("treats loopback names as one site on the same port when the site itself is on loopback", () => {
    expect(isSiteOrigin("http://127.0.0.1:3000", "http://localhost:3000")).toBe(true);
    expect(isSiteOrigin("http://[::1]:3000", "http://localhost:3000")).toBe(true);
    expect(isSiteOrigin("http://127.0.0.1:3001", "http://localhost:3000")).toBe(false);
    expect(isSiteOrigin("http://127.0.0.1", "https://invest.example.vn")).toBe(false);
  });
});

describe("pathProblem", () => {
  it("lets ordinary and well-encoded paths through", () => {
    expect(pathProblem("/vi/land/BL-A-01")).toBeNull();
    expect(pathProblem("/vi/land/B%C3%AAn%20L%E1%BB%A9c")).toBeNull();
    expect(pathProblem("/")).toBeNull();
  });

  it("refuses broken percent-encoding (400) and segments that decode to a % or a control character (404)", () => {
    expect(pathProblem("/vi/land/%E0%A4%A")).toBe(400);
    expect(pathProblem("/vi/land/%2")).toBe(400);
    expect(pathProblem("/vi/%ZZ")).toBe(400);
    expect(pathProblem("/vi/land/%25")).toBe(404);
    expect(pathProblem("/vi/land/a%25b")).toBe(404);
    expect(pathProblem("/vi/land/%00")).toBe(404);
  });
});

describe("requestLocale", () => {
  const locales = ["vi", "en"];
  it("takes the path's locale, else the browser's first preference, else the default", () => {
    expect(requestLocale("/en/land", "vi", locales, "vi")).toBe("en");
    expect(requestLocale("/xx", "en-GB,en;q=0.9", locales, "vi")).toBe("en");
    expect(requestLocale("/", "ko-KR", locales, "vi")).toBe("vi");
    expect(requestLocale("/", undefined, locales, "vi")).toBe("vi");
  });
});
