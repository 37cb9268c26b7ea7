import { describe, expect, it } from "vitest";
import { contentSearchDocs, type SearchableContent } from "./content-search-docs";
import { type SearchDoc, scoreOf, searchDocs, searchWords, snippetOf } from "./site-search";

const doc = (key: string, title: string, ...texts: string[]): SearchDoc => ({
  kind: "incentive",
  key,
  path: `/incentives#${key}`,
  title: { text: title, lang: "vi" },
  texts: texts.map((text) => ({ text, lang: "vi" })),
});

const keys = (query: string, docs: SearchDoc[]) => searchDocs(docs, query).map((hit) => hit.doc.key);

describe("searchWords", () => {
  it("folds accents and case, and splits on the punctuation inside numbers", () => {
    expect(searchWords("Bến Lức")).toEqual(["ben", "luc"]);
    expect(searchWords("THUẾ thu nhập")).toEqual(["thue", "thu", "nhap"]);
    expect(searchWords("320/2025/NĐ-CP")).toEqual(["320", "2025", "nd", "cp"]);
    expect(searchWords("  ")).toEqual([]);
  });
});

describe("searchDocs", () => {
  const docs = [
    doc("cit", "Thuế thu nhập doanh nghiệp", "Thuế suất 10% trong 15 năm cho dự án công nghệ cao."),
    doc("import-duty", "Thuế nhập khẩu", "Miễn thuế nhập khẩu hàng hóa tạo tài sản cố định."),
    doc("land-rent", "Tiền thuê đất", "Miễn tiền thuê đất trong thời gian xây dựng; tại Bến Lức và Cần Giuộc."),
    doc("support-fund", "Quỹ Hỗ trợ đầu tư", "Hỗ trợ chi phí hằng năm."),
  ];

  it("finds Vietnamese text typed without accents, in any case", () => {
    expect(keys("ben luc", docs)).toEqual(["land-rent"]);
    expect(keys("BEN LUC", docs)).toEqual(["land-rent"]);
    expect(keys("thue", docs)).toEqual(["cit", "import-duty", "land-rent"]);
  });

  it("finds text typed with accents, composed or decomposed", () => {
    expect(keys("thuế", docs)).toEqual(["cit", "import-duty", "land-rent"]);
    expect(keys("Bến Lức".normalize("NFD"), docs)).toEqual(["land-rent"]);
  });

  it("ranks a title match above a match in the text", () => {
    // "miễn" is only in texts; "thuê đất" is the land-rent title.
    expect(keys("thue dat", docs)).toEqual(["land-rent"]);
    expect(keys("nhap khau", docs)[0]).toBe("import-duty");
    expect(scoreOf(docs[1] as SearchDoc, searchWords("thuế nhập khẩu"))).toBeGreaterThan(
      scoreOf(docs[0] as SearchDoc, searchWords("thuế nhập khẩu")),
    );
  });

  it("matches words by their beginning, not inside other words", () => {
    expect(keys("doanh ng", docs)).toEqual(["cit"]);
    expect(keys("uy", docs)).toEqual([]);
  });

  it("needs every word of the query", () => {
    expect(keys("thue luc", docs)).toEqual(["land-rent"]);
    expect(keys("thue hanoi", docs)).toEqual([]);
  });

  it("does not put a match together from words scattered over different texts", () => {
    const scattered: SearchDoc = {
      ...doc("x", "Logistics"),
      texts: [
        { text: "Cảng Long An", lang: "vi" },
        { text: "Dịch vụ thương mại", lang: "vi" },
      ],
    };
    expect(keys("long thuong", [scattered])).toEqual([]);
    expect(keys("cang long", [scattered])).toEqual(["x"]);
  });

  it("returns nothing for an empty or punctuation-only query", () => {
    expect(searchDocs(docs, "")).toEqual([]);
    expect(searchDocs(docs, " / - ")).toEqual([]);
  });

  it("gives a snippet around the first match with the matching words marked", () => {
    const [hit] = searchDocs(docs, "ben luc");
    expect(hit?.snippet?.parts.filter((p) => p.match).map((p) => p.text)).toEqual(["Bến Lức"]);
    expect(hit?.snippet?.parts.map((p) => p.text).join("")).toContain("tại Bến Lức và Cần Giuộc");
  });
});

describe("snippetOf", () => {
  it("shortens a long text around the match, with ellipses", () => {
    const text = `${"một ".repeat(40)}Cần Giuộc ${"hai ".repeat(40)}`.trim();
    const parts = snippetOf(text, searchWords("can giuoc")) ?? [];
    const joined = parts.map((p) => p.text).join("");
    expect(joined.startsWith("… ")).toBe(true);
    expect(joined.endsWith(" …")).toBe(true);
    expect(joined.split(/\s+/).length).toBeLessThan(30);
    expect(parts.find((p) => p.match)?.text).toBe("Cần Giuộc");
  });

  it("starts at the whole query rather than at its first word alone", () => {
    const parts = snippetOf(`7 bến cho tàu ${"và ".repeat(30)}khu vực Bến Lức`, searchWords("ben luc")) ?? [];
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["Bến Lức"]);
  });

  it("is null when no word matches", () => {
    expect(snippetOf("Quỹ Hỗ trợ đầu tư", ["thue"])).toBeNull();
  });
});

describe("contentSearchDocs", () => {
  const L = (vi: string, en = "") => ({ vi, en });
  const content: SearchableContent = {
    sector: [],
    hub: [
      {
        key: "ben-luc",
        doc: {
          name: L("Khu vực Bến Lức", "Bến Lức area"),
          aliases: L("huyện Bến Lức (cũ)", "former Bến Lức district"),
          summary: L("Trên cao tốc."),
          description: L(""),
          latitude: 10.64,
          longitude: 106.49,
          locationVerified: false,
          source: "",
        },
      },
    ],
    commune: [
      {
        key: "phuoc-ly",
        doc: {
          hub: "ben-luc",
          formerNames: "Phước Hậu, Long Thượng",
          formerDistrict: "Cần Giuộc",
          currentName: "Phước Lý",
          verified: false,
          source: "",
        },
      },
    ],
    incentive: [],
    "cit-tier": [],
    "procedure-overview": [],
    "procedure-step": [],
    "legal-document": [
      {
        key: "320-2025-nd-cp",
        doc: {
          number: "320/2025/NĐ-CP",
          type: "decree",
          title: L("Nghị định hướng dẫn Luật Thuế thu nhập doanh nghiệp", "Decree guiding the Law on CIT"),
          issuer: L("Chính phủ", "Government"),
          issuedOn: "2025-12-15",
          effectiveOn: null,
          status: "in-force",
          file: null,
          sourceUrl: "",
          summary: L(""),
        },
      },
    ],
  };
  const docs = contentSearchDocs(content, "en", { procedure: "How to invest" });

  it("finds a hub by its former communes' names, without accents", () => {
    const hits = searchDocs(docs, "phuoc hau");
    expect(hits.map((h) => h.doc.path)).toEqual(["/hubs/ben-luc"]);
    expect(searchDocs(docs, "phuoc ly")[0]?.doc.title).toEqual({ text: "Bến Lức area", lang: "en" });
  });

  it("finds a legal document by its number however it is typed, and by its title in either language", () => {
    for (const query of ["320/2025/NĐ-CP", "320/2025", "320 2025 nd cp", "nghi dinh thue"]) {
      expect(searchDocs(docs, query).map((h) => h.doc.path)).toEqual(["/documents#320-2025-nd-cp"]);
    }
    expect(searchDocs(docs, "ben luc").map((h) => h.doc.path)).toEqual(["/hubs/ben-luc"]);
  });

  it("shows the page's language, taking Vietnamese where the English is missing", () => {
    const [hit] = searchDocs(docs, "tren cao toc");
    expect(hit?.snippet?.lang).toBe("vi");
    expect(hit?.doc.title.lang).toBe("en");
  });
});
