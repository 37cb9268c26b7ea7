import { describe, expect, it } from "vitest";
import { estimateQueryString, parseEstimateQuery } from "./estimate";

const form = {
  product: "electronics-key-digital",
  parcel: "",
  location: "industrial-park",
  capital: "",
  employees: "",
  revenueYear: "2027",
  taxableYear: "2028",
  income: "100",
  growth: "",
  licence: "2026-06-01",
  certificateYear: "",
};

describe("parseEstimateQuery", () => {
  it("reads a full form, numbers as the page's language writes them", () => {
    const { query, errors } = parseEstimateQuery(
      { ...form, capital: "1.500,5", income: "12,5", growth: "-2,5", minTax: "on" },
      "vi",
    );
    expect(errors).toEqual({});
    expect(query).toEqual({
      product: "electronics-key-digital",
      location: "industrial-park",
      capitalBn: 1500.5,
      firstRevenueYear: 2027,
      firstTaxableYear: 2028,
      taxableIncomeBn: 12.5,
      growthPct: -2.5,
      licenceDate: "2026-06-01",
      minimumTaxGroup: true,
    });
    expect(parseEstimateQuery({ ...form, capital: "1,500.5" }, "en").query?.capitalBn).toBe(1500.5);
  });

  it("only fills the form in for a link with a parcel and no product", () => {
    const parsed = parseEstimateQuery({ parcel: "bl-a-01" }, "en");
    expect(parsed).toMatchObject({ submitted: false, query: null, errors: {}, values: { parcel: "bl-a-01" } });
  });

  it("names each bad or missing field", () => {
    const { query, errors } = parseEstimateQuery(
      {
        ...form,
        product: "",
        location: "",
        revenueYear: "27",
        taxableYear: "2026",
        income: "abc",
        growth: "80",
        licence: "2026-02-30",
        employees: "1,5",
        minTax: "yes",
      },
      "en",
    );
    expect(query).toBeNull();
    expect(errors).toEqual({
      product: "required",
      location: "locationOrParcel",
      revenueYear: "year",
      income: "number",
      growth: "number",
      licence: "date",
      employees: "number",
      minTax: "unknown",
    });
    expect(parseEstimateQuery({ ...form, taxableYear: "2026" }, "en").errors).toEqual({ taxableYear: "beforeRevenue" });
    expect(parseEstimateQuery({ ...form, taxableYear: "2050" }, "en").errors).toEqual({ taxableYear: "tooLate" });
  });

  it("writes a canonical query that every language reads the same", () => {
    const { query } = parseEstimateQuery({ ...form, parcel: "bl-a-01", income: "1.234,5", growth: "3" }, "vi");
    if (!query) throw new Error("not parsed");
    const canonical = estimateQueryString(query);
    expect(canonical).toBe(
      "product=electronics-key-digital&parcel=BL-A-01&revenueYear=2027&taxableYear=2028&income=1234.5&growth=3&licence=2026-06-01",
    );
    for (const locale of ["vi", "en"]) {
      expect(parseEstimateQuery(new URLSearchParams(canonical), locale).query).toEqual(query);
    }
  });
});
