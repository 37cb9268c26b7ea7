// Seed desks and routing rules. The portal's content (site settings, sectors,
// hubs, incentives, procedure, legal documents…) is in prisma/seed/content/.

type Localized<T> = { vi: T; en: T };

type DeskSeed = { slug: string; email: string; isDefault?: boolean; translations: Localized<{ name: string }> };

// Desks of the investment office and the rules that route inquiries to them.
// Both are data an administrator edits; addresses are placeholders under the
// reserved `.example` domain until real ones are entered.
export const desks: DeskSeed[] = [
  {
    slug: "general",
    email: "tiepnhan@longan-hitech.example",
    isDefault: true,
    translations: { vi: { name: "Bộ phận tiếp nhận chung" }, en: { name: "General investment desk" } },
  },
  {
    slug: "major-projects",
    email: "duanlon@longan-hitech.example",
    translations: { vi: { name: "Bộ phận dự án quy mô lớn" }, en: { name: "Major projects desk" } },
  },
  {
    slug: "high-tech",
    email: "congnghecao@longan-hitech.example",
    translations: {
      vi: { name: "Bộ phận công nghệ cao và kinh tế số" },
      en: { name: "High-tech and digital economy desk" },
    },
  },
  {
    slug: "industry-logistics",
    email: "logistics@longan-hitech.example",
    translations: {
      vi: { name: "Bộ phận công nghiệp hỗ trợ và logistics" },
      en: { name: "Supporting industries and logistics desk" },
    },
  },
  {
    slug: "agriculture",
    email: "nongnghiep@longan-hitech.example",
    translations: { vi: { name: "Bộ phận nông nghiệp công nghệ cao" }, en: { name: "High-tech agriculture desk" } },
  },
];

/** In order: the first matching rule routes the inquiry; none matching → the default desk. */
export const routingRules: { desk: string; sector?: string; capitalRanges?: ("OVER_200M" | "FROM_50M_TO_200M")[] }[] = [
  { desk: "major-projects", capitalRanges: ["OVER_200M"] },
  { desk: "high-tech", sector: "electronics" },
  { desk: "high-tech", sector: "telecommunications" },
  { desk: "high-tech", sector: "it-digital-economy" },
  { desk: "industry-logistics", sector: "supporting-industries" },
  { desk: "industry-logistics", sector: "logistics" },
  { desk: "agriculture", sector: "high-tech-agriculture" },
];
