import { describe, expect, it } from "vitest";
import { decodeSearchSegment, encodeSearchSegment, publicLandPath } from "./land-paths";
import { landListRoute, searchOfSegment } from "./land-rewrite";

const locales = ["vi", "en"];
const route = (path: string, query: string) => landListRoute(path, new URLSearchParams(query), locales);
const segmentOf = (path: string, query: string) => {
  const answer = route(path, query);
  if (!answer || !("rewrite" in answer)) throw new Error(`no rewrite for ${path}?${query}`);
  return answer.rewrite.split("/").at(-1) ?? "";
};

describe("landListRoute", () => {
  it("sends a canonical search to its cached page, the query in one segment", () => {
    expect(route("/vi/land", "hub=ben-luc&sort=area-desc")).toEqual({
      rewrite: `/vi/land/_search/${encodeSearchSegment("hub=ben-luc&sort=area-desc")}`,
    });
    // Nothing in the segment needs percent-encoding: not the comma, not a Vietnamese keyword.
    const answer = route("/en/land/", "q=c%E1%BA%A3ng+l%E1%BA%A1nh&compare=BL-A-01%2CCG-B-02");
    expect(answer).toEqual({ rewrite: expect.stringMatching(/^\/en\/land\/_search\/[A-Za-z0-9_-]+$/) });
    const segment = answer && "rewrite" in answer ? (answer.rewrite.split("/").at(-1) ?? "") : "";
    expect(decodeSearchSegment(segment)).toBe("q=c%E1%BA%A3ng+l%E1%BA%A1nh&compare=BL-A-01%2CCG-B-02");
    expect(searchOfSegment(segment, "en").search).toMatchObject({ q: "cảng lạnh", compare: ["BL-A-01", "CG-B-02"] });
  });

  it("moves a search written as the form sends it to its canonical URL", () => {
    // Every field, empty ones too, and "1,5" as typed on the Vietnamese page.
    expect(route("/vi/land", "q=&hub=&use=&status=available&areaMin=1%2C5&areaMax=&areaUnit=ha&sort=verified")).toEqual(
      { redirect: "/vi/land?areaMin=1.5&areaUnit=ha" },
    );
    expect(route("/en/land", "use=industrial&hub=ben-luc")).toEqual({
      redirect: "/en/land?hub=ben-luc&use=industrial",
    });
    // Parameters the catalogue does not know lead to the list itself.
    expect(route("/vi/land", "utm_source=mail")).toEqual({ redirect: "/vi/land" });
  });

  it("serves a search with ignored values from a path that says what was ignored", () => {
    const segment = segmentOf("/en/land", `hub=ben-luc&areaMin=-5&powerMin=abc&page=1000000000&q=${"x".repeat(300)}`);
    const { search, issues } = searchOfSegment(segment, "en");
    expect(search).toMatchObject({ hub: "ben-luc", q: "x".repeat(100), page: 1 });
    expect(search.areaMin).toBeUndefined();
    expect(search.powerMin).toBeUndefined();
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: "areaMin", code: "invalid" },
        { field: "powerMin", code: "invalid" },
        { field: "page", code: "tooDeep" },
        { field: "q", code: "tooLong" },
      ]),
    );
    expect(issues).toHaveLength(4);
  });

  it("leaves the list itself and every other path alone", () => {
    expect(route("/vi/land", "")).toBeNull();
    // Next.js's marker of client navigations is no search.
    expect(route("/vi/land", "_rsc=abc12")).toBeNull();
    expect(route("/vi/land/BL-A-01", "hub=ben-luc")).toBeNull();
    expect(route("/vi/land/compare", "codes=BL-A-01")).toBeNull();
    expect(route("/fr/land", "hub=ben-luc")).toBeNull();
    expect(route("/vi/landing", "hub=ben-luc")).toBeNull();
  });

  it("reads a cached search back exactly, and ignores a note it does not know", () => {
    const segment = segmentOf("/vi/land", "status=all&areaMin=1.5&areaUnit=ha&page=2");
    expect(searchOfSegment(segment, "vi")).toMatchObject({
      search: { areaMin: 1.5, areaMinM2: 15_000, areaUnit: "ha", status: "all", page: 2 },
      issues: [],
    });
    expect(searchOfSegment(encodeSearchSegment("ignored=secret:invalid,hub:bogus"), "en").issues).toEqual([]);
    expect(searchOfSegment("not%20base64!", "en")).toMatchObject({ search: { page: 1 }, issues: [] });
  });
});

describe("publicLandPath", () => {
  it("names a cached search by its public URL, without the note of what was ignored", () => {
    const path = (query: string) => `/land/_search/${encodeSearchSegment(query)}`;
    expect(publicLandPath(path("hub=ben-luc&sort=area-desc"))).toBe("/land?hub=ben-luc&sort=area-desc");
    expect(publicLandPath(path("hub=ben-luc&ignored=areaMin%3Ainvalid"))).toBe("/land?hub=ben-luc");
    expect(publicLandPath(path("ignored=page%3AtooDeep"))).toBe("/land");
    expect(publicLandPath(path("q=c%E1%BA%A3ng&compare=A-1%2CB-2"))).toBe("/land?q=c%E1%BA%A3ng&compare=A-1%2CB-2");
  });

  it("is null for every other path", () => {
    expect(publicLandPath("/land")).toBeNull();
    expect(publicLandPath("/land/BL-A-01")).toBeNull();
    expect(publicLandPath("/news/_filter/kind%3Devent")).toBeNull();
  });
});
