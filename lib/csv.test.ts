import { describe, expect, it } from "vitest";
import { csvLine } from "./csv";

describe("csvLine", () => {
  it("joins plain fields with commas and ends with CRLF", () => {
    expect(csvLine(["BL-A-01", 21912, true, null, undefined])).toBe("BL-A-01,21912,true,,\r\n");
  });

  it("quotes fields with commas, quotes or line breaks", () => {
    expect(csvLine(['Lô "A", khu 1', "dòng 1\ndòng 2"])).toBe('"Lô ""A"", khu 1","dòng 1\ndòng 2"\r\n');
  });

  it("keeps Vietnamese text as is", () => {
    expect(csvLine(["Bến Lức", "Cần Giuộc"])).toBe("Bến Lức,Cần Giuộc\r\n");
  });

  it("defuses text that a spreadsheet would run as a formula, but not negative numbers", () => {
    expect(csvLine(["=HYPERLINK(1)", "-2+3", -5])).toBe("'=HYPERLINK(1),'-2+3,-5\r\n");
    expect(csvLine(["\t=1+1", "@SUM(A1)", "+1"])).toBe("'\t=1+1,'@SUM(A1),'+1\r\n");
    expect(csvLine(["\r=1+1"])).toBe('"\'\r=1+1"\r\n');
  });
});
