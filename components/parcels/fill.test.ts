import { describe, expect, it } from "vitest";
import { fill } from "./fill";

describe("fill", () => {
  it("puts each value in place of its name, and leaves unknown names", () => {
    expect(fill("Lô {code}, {status}, {area} ha", { code: "BL-A-01", status: "Còn trống", area: "2,19" })).toBe(
      "Lô BL-A-01, Còn trống, 2,19 ha",
    );
    expect(fill("{value} USD/m² {basis}", { value: "1.500" })).toBe("1.500 USD/m² {basis}");
  });
});
