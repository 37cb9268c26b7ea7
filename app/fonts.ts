import localFont from "next/font/local";

// Inter (variable weight, from @fontsource-variable/inter) in the two subsets
// every page uses, Latin and Vietnamese, as next/font serves them: preloaded
// from the document's <head>, so they download beside the stylesheet instead
// of after it. The other subsets (Latin Extended, Greek, Cyrillic) stay with
// the package's own stylesheet, the next family in --font-sans (app/globals.css),
// and are downloaded only by text that needs them: in the package's order every
// Vietnamese page downloaded the 85 KB Latin Extended file, whose range also
// covers ă, đ, ơ and ư.
export const interLatin = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  adjustFontFallback: false,
  variable: "--font-inter-latin",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

export const interVietnamese = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-vietnamese-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  adjustFontFallback: false,
  variable: "--font-inter-vietnamese",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB",
    },
  ],
});
