import { describe, expect, it } from "vitest";
import { newsQueryString, parseNewsQuery } from "./news-query";

const parse = (query: string) => parseNewsQuery(new URLSearchParams(query));

describe("parseNewsQuery", () => {
  it("reads every filter", () => {
    expect(parse("kind=event&sector=electronics&hub=long-an-north&page=2")).toEqual({
      query: { kind: "event", sector: "electronics", hub: "long-an-north", page: 2 },
      invalid: [],
    });
  });

  it("treats empty values as absent and defaults to page 1", () => {
    expect(parse("kind=&sector=&hub=")).toEqual({ query: { page: 1 }, invalid: [] });
  });

  it("drops invalid values and names them", () => {
    expect(parse("kind=rumour&sector=Not%20a%20slug&page=0&hub=ok")).toEqual({
      query: { hub: "ok", page: 1 },
      invalid: ["kind", "sector", "page"],
    });
    expect(parse("page=99999").invalid).toEqual(["page"]);
    expect(parse("page=2.5").invalid).toEqual(["page"]);
  });

  it("ignores unknown parameters and repeated values after the first", () => {
    expect(parse("utm_source=x&kind=news&kind=event")).toEqual({ query: { kind: "news", page: 1 }, invalid: [] });
  });
});

describe("newsQueryString", () => {
  it("writes known parameters in a fixed order, without page 1", () => {
    expect(newsQueryString({ page: 1, hub: "b", kind: "agreement" })).toBe("kind=agreement&hub=b");
    expect(newsQueryString({ page: 3, sector: "a" })).toBe("sector=a&page=3");
    expect(newsQueryString({ page: 1 })).toBe("");
  });
});
