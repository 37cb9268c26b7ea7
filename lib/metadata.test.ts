import { describe, expect, it } from "vitest";
import { localizedAlternates, pageMetadata } from "./metadata";

describe("localizedAlternates", () => {
  it("gives the home page a canonical URL and an alternate per locale", () => {
    expect(localizedAlternates("en", "/")).toEqual({
      canonical: "/en",
      languages: { vi: "/vi", en: "/en", "x-default": "/vi" },
    });
  });

  it("keeps the path for inner pages", () => {
    expect(localizedAlternates("vi", "/land")).toEqual({
      canonical: "/vi/land",
      languages: { vi: "/vi/land", en: "/en/land", "x-default": "/vi/land" },
    });
  });
});

describe("pageMetadata", () => {
  it("suffixes the brand and repeats title, URL and locale for Open Graph", () => {
    const metadata = pageMetadata({
      locale: "en",
      path: "/land",
      title: "Land",
      description: "Parcels",
      brandName: "Zone",
    });
    expect(metadata.title).toEqual({ absolute: "Land | Zone" });
    expect(metadata.openGraph).toMatchObject({
      title: "Land | Zone",
      url: "/en/land",
      locale: "en_GB",
      alternateLocale: ["vi_VN"],
      siteName: "Zone",
    });
  });

  it("gives every page the Open Graph image with its size and an alt text", () => {
    const metadata = pageMetadata({ locale: "vi", path: "/", title: "T", description: "D", brandName: "Khu" });
    expect(metadata.openGraph?.images).toEqual([
      { url: "/og-image.png", width: 1200, height: 630, type: "image/png", alt: "Khu" },
    ]);
    expect(metadata.openGraph).toMatchObject({ locale: "vi_VN", alternateLocale: ["en_GB"] });
    expect(metadata.twitter).toEqual({ card: "summary_large_image" });
  });
});
