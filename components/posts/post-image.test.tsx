import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PostImage } from "./post-image";

const image = { id: "0b6f3c1e-2f1a-4c3b-9d2e-7a8b9c0d1e2f", width: 2000, height: 1000, widths: [1600, 480, 960] };
const path = (width: number) => `/api/images/${image.id}/${width}`;

describe("PostImage", () => {
  it("offers every stored width, keeps the original's proportions and loads lazily", () => {
    const html = renderToStaticMarkup(<PostImage image={image} alt="Nhà máy" sizes="100vw" className="w-full" />);
    expect(html).toContain(`src="${path(960)}"`);
    expect(html).toContain(`srcSet="${path(480)} 480w, ${path(960)} 960w, ${path(1600)} 1600w"`);
    expect(html).toContain('sizes="100vw"');
    expect(html).toContain('width="2000" height="1000"');
    expect(html).toContain('alt="Nhà máy"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('decoding="async"');
    expect(html).not.toContain("fetchPriority");
  });

  it("fetches the page's main picture early, and falls back to the widths it has", () => {
    const html = renderToStaticMarkup(
      <PostImage image={{ ...image, width: 600, height: 400, widths: [480, 600] }} alt="x" sizes="50vw" priority />,
    );
    expect(html).toContain(`src="${path(600)}"`);
    expect(html).toContain('loading="eager"');
    expect(html).toContain('fetchPriority="high"');
  });

  it("says nothing to screen readers only when marked decorative", () => {
    expect(renderToStaticMarkup(<PostImage image={image} decorative sizes="100vw" />)).toContain('alt=""');
  });
});
