// Draws public/og-image.png, the Open Graph image of every page (1200×630):
// the portal's name in both languages on the brand colours, with the emblem.
// Run again after the brand changes: node --import tsx scripts/og-image.tsx
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { renderToStaticMarkup } from "react-dom/server";
import { Emblem } from "../components/ui/emblem";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "public", "og-image.png");
const font = (file: string) =>
  readFileSync(path.join(root, "node_modules/@fontsource-variable/inter/files", file)).toString("base64");

// The brand as the site settings hold it (prisma/seed): the image is static,
// so it names the portal, never a figure that changes.
const texts = {
  vi: { brand: "Khu kinh tế công nghệ cao Long An", portal: "Cổng thông tin xúc tiến đầu tư" },
  en: { brand: "Long An High-Tech Economic Zone", portal: "Investment portal" },
  place: "Tây Ninh · Việt Nam",
};

const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><style>
@font-face { font-family: Inter; font-weight: 100 900; src: url(data:font/woff2;base64,${font("inter-latin-wght-normal.woff2")}) format("woff2"); }
@font-face { font-family: Inter; font-weight: 100 900; src: url(data:font/woff2;base64,${font("inter-vietnamese-wght-normal.woff2")}) format("woff2");
  unicode-range: U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB; }
* { margin: 0; box-sizing: border-box; }
body { width: 1200px; height: 630px; font-family: Inter, sans-serif; color: #fff; background: #0a2e4a; position: relative; overflow: hidden; }
.grid { position: absolute; inset: 0; opacity: .08; }
.bar { position: absolute; left: 0; right: 0; bottom: 0; height: 14px; background: #f5c242; }
main { position: relative; display: flex; gap: 56px; align-items: center; padding: 0 88px; height: 616px; }
svg.emblem { width: 220px; height: 220px; flex-shrink: 0; border-radius: 44px; box-shadow: 0 0 0 3px rgba(255,255,255,.25); }
.eyebrow { font-size: 20px; font-weight: 600; letter-spacing: .06em; white-space: nowrap; text-transform: uppercase; color: #f8d477; }
h1 { margin-top: 18px; font-size: 66px; line-height: 1.08; font-weight: 800; letter-spacing: -.01em; }
h2 { margin-top: 22px; font-size: 44px; line-height: 1.15; font-weight: 600; color: #dcebf5; }
.place { margin-top: 34px; font-size: 26px; color: #dcebf5; }
</style></head><body>
<svg class="grid" width="1200" height="630"><defs><pattern id="g" width="48" height="48" patternUnits="userSpaceOnUse"><path d="M48 0H0v48" fill="none" stroke="white"/><circle r="2.5" fill="white"/></pattern></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>
<main>
  ${renderToStaticMarkup(<Emblem className="emblem" />)}
  <div>
    <p class="eyebrow">${texts.vi.portal} · <span lang="en">${texts.en.portal}</span></p>
    <h1>${texts.vi.brand}</h1>
    <h2 lang="en">${texts.en.brand}</h2>
    <p class="place">${texts.place}</p>
  </div>
</main>
<div class="bar"></div>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html, { waitUntil: "load" });
await page.evaluate(() => document.fonts.ready);
await page.screenshot({ path: out, type: "png" });
await browser.close();
console.log(`${path.relative(root, out)}: ${Math.round(statSync(out).size / 1024)} KB`);
