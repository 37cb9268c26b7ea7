import { describe, expect, it } from "vitest";
import { publicNewsPath } from "./news-paths";
import { newsListRewrite } from "./news-rewrite";

const locales = ["vi", "en"];
const rewrite = (path: string, query: string) => newsListRewrite(path, new URLSearchParams(query), locales);

describe("newsListRewrite", () => {
  it("sends a filtered list to its cached page, the query in canonical order", () => {
    expect(rewrite("/vi/news", "page=2&kind=event")).toBe("/vi/news/_filter/kind%3Devent%26page%3D2");
    expect(rewrite("/en/news/", "hub=north&sector=food")).toBe("/en/news/_filter/sector%3Dfood%26hub%3Dnorth");
  });

  it("marks a list whose values were dropped", () => {
    expect(rewrite("/vi/news", "kind=rumour")).toBe("/vi/news/_filter/ignored%3D1");
    expect(rewrite("/vi/news", "kind=news&page=0")).toBe("/vi/news/_filter/kind%3Dnews%26ignored%3D1");
  });

  it("leaves the list itself, its page 1 and empty filters to the prerendered page", () => {
    expect(rewrite("/vi/news", "")).toBeNull();
    expect(rewrite("/vi/news", "utm_source=mail")).toBeNull();
    expect(rewrite("/vi/news", "kind=&sector=&hub=")).toBeNull();
    expect(rewrite("/vi/news", "page=1")).toBeNull();
  });

  it("never touches a post, the feed or another locale's path", () => {
    expect(rewrite("/vi/news/some-post", "kind=event")).toBeNull();
    expect(rewrite("/fr/news", "kind=event")).toBeNull();
    expect(rewrite("/vi/newsletter", "kind=event")).toBeNull();
  });
});

describe("publicNewsPath", () => {
  it("gives back the public URL of a filtered list's internal path", () => {
    expect(publicNewsPath("/news/_filter/kind%3Devent%26page%3D2")).toBe("/news?kind=event&page=2");
    expect(publicNewsPath("/news/_filter/kind=event&hub=north")).toBe("/news?kind=event&hub=north");
    expect(publicNewsPath("/news/_filter/ignored%3D1")).toBe("/news");
  });

  it("is null for every other path", () => {
    expect(publicNewsPath("/news")).toBeNull();
    expect(publicNewsPath("/news/some-post")).toBeNull();
    expect(publicNewsPath("/land")).toBeNull();
  });
});
