import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const headers = (forwardedFor?: string) =>
  new Headers(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor });

describe("clientAddress", () => {
  it("takes the address the nearest trusted proxy saw, ignoring what the client claims before it", () => {
    expect(clientAddress(headers("203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientAddress(headers("10.0.0.1, 203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientAddress(headers("10.0.0.1, 203.0.113.5, 172.16.0.2"), 2)).toBe("203.0.113.5");
  });

  it("copes with fewer entries than proxies, blanks and no header at all", () => {
    expect(clientAddress(headers("203.0.113.5"), 3)).toBe("203.0.113.5");
    expect(clientAddress(headers(" 203.0.113.5 , ,"), 1)).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.4" }), 1)).toBe("198.51.100.4");
    expect(clientAddress(headers(), 1)).toBe("unknown");
  });
});
