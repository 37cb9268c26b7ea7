import { describe, expect, it } from "vitest";
import { foldForSearch } from "./search-text";

describe("foldForSearch", () => {
  it("removes Vietnamese accents, including đ", () => {
    expect(foldForSearch("Bến Lức")).toBe("ben luc");
    expect(foldForSearch("Cần Giuộc")).toBe("can giuoc");
    expect(foldForSearch("ĐỒNG THÁP Đường")).toBe("dong thap duong");
  });

  it("gives the same result for NFC and NFD input", () => {
    const nfc = "Phước Vĩnh Đông".normalize("NFC");
    const nfd = "Phước Vĩnh Đông".normalize("NFD");
    expect(nfc).not.toBe(nfd);
    expect(foldForSearch(nfd)).toBe(foldForSearch(nfc));
  });

  it("drops control characters and collapses whitespace", () => {
    expect(foldForSearch("  BL-A\u0000-07\t\n kho\u200b  ")).toBe("bl-a -07 kho");
  });
});
