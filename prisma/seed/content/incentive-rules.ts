import type { DocOf } from "../../../lib/content/kinds";
import type { SeedEntry } from "./types";

// The corporate income tax rules the estimator applies (lib/incentives/), as
// INCENTIVES.md states them (as of 2026-12-01): Law on CIT 67/2025/QH15
// Art. 12–14, Decree 320/2025/ND-CP Art. 18–20 and 23. The gazette texts
// could not be read directly, so the figures come from law firms, tax
// advisers and the press: "secondary" unless stated otherwise.

const CIT_LAW = "67-2025-qh15";
const CIT_DECREE = "320-2025-nd-cp";
const CIT_CIRCULAR = "20-2026-tt-btc";

const taxParameters: DocOf<"tax-parameters"> = {
  standardRatePct: 20,
  globalMinimumPct: 15,
  lawChangeDate: "2025-10-01",
  holidayDeferYears: 3,
  documents: [CIT_LAW, CIT_DECREE, CIT_CIRCULAR, "107-2023-qh15", "236-2025-nd-cp"],
  articles: {
    vi: "Luật Thuế TNDN 67/2025/QH15: Điều 12, 13 (thuế suất), 14 (miễn, giảm thuế); Nghị định 320/2025/NĐ-CP: Điều 18–20, 23; Nghị quyết 107/2023/QH15 và Nghị định 236/2025/NĐ-CP (thuế tối thiểu toàn cầu)",
    en: "Law on CIT 67/2025/QH15: Art. 12, 13 (rates), 14 (exemption and reduction); Decree 320/2025/ND-CP: Art. 18–20, 23; Resolution 107/2023/QH15 and Decree 236/2025/ND-CP (global minimum tax)",
  },
  lastReviewed: "2026-12-01",
  confidence: "secondary",
};

const tierBasis = {
  documents: [CIT_LAW, CIT_DECREE, CIT_CIRCULAR],
  articles: {
    vi: "Luật 67/2025/QH15 Điều 12, 13, 14; Nghị định 320/2025/NĐ-CP Điều 18, 19, 20, 23",
    en: "Law 67/2025/QH15 Art. 12, 13, 14; Decree 320/2025/ND-CP Art. 18, 19, 20, 23",
  },
};

const t10: DocOf<"cit-tier"> = {
  series: "T10",
  name: {
    vi: "Thuế suất 10% trong 15 năm, miễn 4 năm, giảm 50% trong 9 năm",
    en: "10% for 15 years, 4 years exempt, then 50% off for 9 years",
  },
  ratePct: 10,
  rateYears: 15,
  exemptYears: 4,
  reducedYears: 9,
  reductionPct: 50,
  effectiveFrom: "2025-10-01",
  effectiveTo: null,
  who: {
    vi: "- Ngành, nghề: ứng dụng công nghệ cao, ươm tạo công nghệ cao, công nghệ chiến lược; phần mềm, an ninh mạng, sản phẩm công nghệ số trọng điểm, chip bán dẫn (thiết kế, chế tạo, đóng gói, kiểm thử), trung tâm dữ liệu trí tuệ nhân tạo; sản phẩm công nghiệp hỗ trợ ưu tiên phát triển đáp ứng điều kiện; năng lượng tái tạo, điện từ rác, vật liệu trọng điểm; kết cấu hạ tầng trọng điểm, kể cả cảng biển, cảng sông\n- Doanh nghiệp công nghệ cao, doanh nghiệp nông nghiệp ứng dụng công nghệ cao, doanh nghiệp khoa học và công nghệ được cấp giấy chứng nhận\n- Dự án sản xuất có vốn từ 12.000 tỷ đồng, giải ngân trong 5 năm (công nghệ được thẩm định)\n- Địa bàn: địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn; khu công nghệ cao, khu nông nghiệp ứng dụng công nghệ cao, khu công nghệ số tập trung; khu kinh tế thuộc địa bàn khó khăn",
    en: "- Sectors: high-tech application, high-tech incubation, strategic technology; software, cybersecurity, key digital-technology products, semiconductor chips (design, making, packaging, testing), AI data centres; priority supporting-industry products meeting the conditions; renewable energy, waste-to-energy, key materials; key infrastructure, including seaports and river ports\n- Certified high-tech enterprises, high-tech agricultural enterprises and science-and-technology enterprises\n- Manufacturing projects with capital of VND 12,000 bn or more, disbursed within 5 years (technology appraised)\n- Areas: especially difficult areas; high-tech zones, high-tech agricultural zones, concentrated digital-technology zones; economic zones inside difficult areas",
  },
  ...tierBasis,
  confidence: "secondary",
};

const t17: DocOf<"cit-tier"> = {
  series: "T17",
  name: {
    vi: "Thuế suất 17% trong 10 năm, miễn 2 năm, giảm 50% trong 4 năm",
    en: "17% for 10 years, 2 years exempt, then 50% off for 4 years",
  },
  ratePct: 17,
  rateYears: 10,
  exemptYears: 2,
  reducedYears: 4,
  reductionPct: 50,
  effectiveFrom: "2025-10-01",
  effectiveTo: null,
  who: {
    vi: "- Ngành, nghề: thép cao cấp, sản phẩm tiết kiệm năng lượng, máy nông nghiệp, thức ăn chăn nuôi; sản xuất ô tô; sản phẩm công nghệ số khác; cơ sở hỗ trợ doanh nghiệp nhỏ và vừa\n- Địa bàn: địa bàn có điều kiện kinh tế – xã hội khó khăn; khu kinh tế không thuộc địa bàn khó khăn",
    en: "- Sectors: high-grade steel, energy-saving products, farm machinery, animal feed; automobile manufacture; other digital-technology products; SME support facilities\n- Areas: difficult areas; economic zones outside difficult areas",
  },
  ...tierBasis,
  confidence: "secondary",
};

const tAgri: DocOf<"cit-tier"> = {
  series: "T-agri",
  name: {
    vi: "Thuế suất 15% trong suốt thời gian hoạt động (10% tại địa bàn khó khăn)",
    en: "15% for the project's whole life (10% in difficult areas)",
  },
  ratePct: 15,
  rateYears: null,
  exemptYears: 0,
  reducedYears: 0,
  reductionPct: 0,
  effectiveFrom: "2025-10-01",
  effectiveTo: null,
  who: {
    vi: "Trồng trọt, chăn nuôi, nuôi trồng thủy sản và chế biến các sản phẩm này (có điều kiện); không có thời gian miễn, giảm thuế.",
    en: "Farming, livestock, aquaculture and the processing of their products (conditions apply); no tax holiday.",
  },
  ...tierBasis,
  confidence: "secondary",
};

const locationNote = {
  industrialPark: {
    vi: "Từ ngày 01/10/2025, dự án không còn được ưu đãi thuế TNDN chỉ vì nằm trong khu công nghiệp; dự án được cấp phép trước ngày đó giữ ưu đãi đã được cấp (miễn 2 năm, giảm 50% trong 4 năm) cho thời gian còn lại. Trong khu công nghiệp, nhà đầu tư thuê lại đất của chủ đầu tư hạ tầng: ưu đãi tiền thuê đất của Nhà nước thuộc về chủ đầu tư hạ tầng, không phải nhà đầu tư thứ cấp.",
    en: "Since 1 Oct 2025 a project no longer gets a CIT incentive only because it is in an industrial park; projects licensed before that day keep what they were granted (2 years exempt, then 50% off for 4 years) for the remaining period. In a park the investor sub-leases from the park developer: state land-rent exemptions go to the developer, not the tenant.",
  },
  economicZone: {
    vi: "Khu chức năng trong khu kinh tế không thuộc địa bàn khó khăn: thuế suất 17% trong 10 năm, miễn 2 năm, giảm 50% trong 4 năm. Khu kinh tế công nghệ cao Long An là định hướng năm 2021, chưa được thành lập: hiện chưa có lô đất nào thuộc loại địa điểm này.",
    en: "A functional area of an economic zone outside difficult areas: 17% for 10 years, 2 years exempt, then 50% off for 4 years. The Long An High-Tech Economic Zone is a 2021 orientation, not an established economic zone: no parcel is of this location type today.",
  },
  highTechZone: {
    vi: "Khu công nghệ cao (cũng như khu nông nghiệp ứng dụng công nghệ cao, khu công nghệ số tập trung): thuế suất 10% trong 15 năm, miễn 4 năm, giảm 50% trong 9 năm.",
    en: "A high-tech zone (as are high-tech agricultural zones and concentrated digital-technology zones): 10% for 15 years, 4 years exempt, then 50% off for 9 years.",
  },
  none: {
    vi: "Ngoài khu công nghiệp, khu kinh tế, khu công nghệ cao và không thuộc địa bàn ưu đãi: không có ưu đãi theo địa bàn; ưu đãi theo ngành, nghề vẫn áp dụng.",
    en: "Outside industrial parks, economic zones and high-tech zones, and not in an incentive area: no location incentive; sector incentives still apply.",
  },
};

const location = (
  name: DocOf<"location-type">["name"],
  tier: string | null,
  note: DocOf<"location-type">["note"],
  legacy: { exempt: number; reduced: number; pct: number } | null,
  landFromState: boolean,
): DocOf<"location-type"> => ({
  name,
  tier,
  legacyExemptYears: legacy?.exempt ?? null,
  legacyReducedYears: legacy?.reduced ?? null,
  legacyReductionPct: legacy?.pct ?? null,
  landFromState,
  note,
});

type ProductSeed = {
  key: string;
  sector: string;
  tier: "t10" | "t17" | "t-agri" | null;
  vi: string;
  en: string;
  conditionsVi?: string;
  conditionsEn?: string;
  certificateBased?: boolean;
};

const CERTIFICATE_VI =
  "Có giấy chứng nhận doanh nghiệp công nghệ cao (Luật Công nghệ cao); thời gian ưu đãi tính từ năm được cấp giấy chứng nhận nếu muộn hơn năm có doanh thu đầu tiên.";
const CERTIFICATE_EN =
  "Holds a high-tech enterprise certificate (Law on High Technology); the incentive's years count from the year it is granted, if later than the first year of revenue.";
const DIGITAL_VI =
  "Sản phẩm thuộc danh mục sản phẩm công nghệ số trọng điểm và đáp ứng điều kiện tại Nghị định 320/2025/NĐ-CP Điều 23.";
const DIGITAL_EN =
  "The product is on the list of key digital-technology products and meets the conditions of Decree 320/2025/ND-CP Art. 23.";
const SUPPORTING_VI =
  "Sản phẩm thuộc danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển và đáp ứng điều kiện (Nghị định 320/2025/NĐ-CP Điều 23).";
const SUPPORTING_EN =
  "The product is on the list of priority supporting-industry products and meets the conditions (Decree 320/2025/ND-CP Art. 23).";
const NONE_VI = "Không thuộc ngành, nghề được ưu đãi: thuế suất phổ thông 20%.";
const NONE_EN = "Not a sector with an incentive: the standard 20% rate.";

const products: ProductSeed[] = [
  {
    key: "electronics-key-digital",
    sector: "electronics",
    tier: "t10",
    vi: "Sản phẩm công nghệ số trọng điểm, chip bán dẫn (thiết kế, chế tạo, đóng gói, kiểm thử)",
    en: "Key digital-technology products, semiconductor chips (design, making, packaging, testing)",
    conditionsVi: DIGITAL_VI,
    conditionsEn: DIGITAL_EN,
  },
  {
    key: "electronics-supporting",
    sector: "electronics",
    tier: "t10",
    vi: "Linh kiện điện tử thuộc danh mục công nghiệp hỗ trợ ưu tiên phát triển",
    en: "Electronic components on the priority supporting-industry list",
    conditionsVi: SUPPORTING_VI,
    conditionsEn: SUPPORTING_EN,
  },
  {
    key: "electronics-high-tech-certified",
    sector: "electronics",
    tier: "t10",
    vi: "Doanh nghiệp công nghệ cao (có giấy chứng nhận)",
    en: "Certified high-tech enterprise",
    conditionsVi: CERTIFICATE_VI,
    conditionsEn: CERTIFICATE_EN,
    certificateBased: true,
  },
  {
    key: "electronics-other-digital",
    sector: "electronics",
    tier: "t17",
    vi: "Sản phẩm công nghệ số khác",
    en: "Other digital-technology products",
    conditionsVi: "Sản phẩm công nghệ số không thuộc danh mục trọng điểm (Nghị định 320/2025/NĐ-CP Điều 18, 23).",
    conditionsEn: "Digital-technology products not on the key list (Decree 320/2025/ND-CP Art. 18, 23).",
  },
  {
    key: "electronics-other",
    sector: "electronics",
    tier: null,
    vi: "Sản xuất, lắp ráp điện tử khác",
    en: "Other electronics manufacturing or assembly",
    conditionsVi: NONE_VI,
    conditionsEn: NONE_EN,
  },
  {
    key: "telecom-key-equipment",
    sector: "telecommunications",
    tier: "t10",
    vi: "Thiết bị viễn thông là sản phẩm công nghệ số trọng điểm",
    en: "Telecom equipment that is a key digital-technology product",
    conditionsVi: DIGITAL_VI,
    conditionsEn: DIGITAL_EN,
  },
  {
    key: "telecom-high-tech-certified",
    sector: "telecommunications",
    tier: "t10",
    vi: "Doanh nghiệp công nghệ cao trong lĩnh vực viễn thông (có giấy chứng nhận)",
    en: "Certified high-tech enterprise in telecoms",
    conditionsVi: CERTIFICATE_VI,
    conditionsEn: CERTIFICATE_EN,
    certificateBased: true,
  },
  {
    key: "telecom-other-equipment",
    sector: "telecommunications",
    tier: "t17",
    vi: "Thiết bị viễn thông khác (sản phẩm công nghệ số khác)",
    en: "Other telecom equipment (other digital-technology products)",
    conditionsVi: "Sản phẩm công nghệ số không thuộc danh mục trọng điểm (Nghị định 320/2025/NĐ-CP Điều 18, 23).",
    conditionsEn: "Digital-technology products not on the key list (Decree 320/2025/ND-CP Art. 18, 23).",
  },
  {
    key: "telecom-services",
    sector: "telecommunications",
    tier: null,
    vi: "Dịch vụ viễn thông",
    en: "Telecom services",
    conditionsVi: NONE_VI,
    conditionsEn: NONE_EN,
  },
  {
    key: "it-software",
    sector: "it-digital-economy",
    tier: "t10",
    vi: "Sản xuất sản phẩm phần mềm",
    en: "Software products",
    conditionsVi:
      "Sản phẩm phần mềm đáp ứng quy trình sản xuất phần mềm theo quy định (Nghị định 320/2025/NĐ-CP Điều 23).",
    conditionsEn: "Software made under the prescribed software production process (Decree 320/2025/ND-CP Art. 23).",
  },
  {
    key: "it-cybersecurity",
    sector: "it-digital-economy",
    tier: "t10",
    vi: "Sản phẩm, dịch vụ an ninh mạng",
    en: "Cybersecurity products and services",
    conditionsVi: "Đáp ứng điều kiện tại Nghị định 320/2025/NĐ-CP Điều 23.",
    conditionsEn: "Meeting the conditions of Decree 320/2025/ND-CP Art. 23.",
  },
  {
    key: "it-ai-data-centre",
    sector: "it-digital-economy",
    tier: "t10",
    vi: "Trung tâm dữ liệu trí tuệ nhân tạo",
    en: "AI data centre",
    conditionsVi: "Đáp ứng điều kiện tại Nghị định 320/2025/NĐ-CP Điều 23.",
    conditionsEn: "Meeting the conditions of Decree 320/2025/ND-CP Art. 23.",
  },
  {
    key: "it-services",
    sector: "it-digital-economy",
    tier: null,
    vi: "Dịch vụ công nghệ thông tin khác",
    en: "Other IT services",
    conditionsVi: NONE_VI,
    conditionsEn: NONE_EN,
  },
  {
    key: "agri-high-tech-certified",
    sector: "high-tech-agriculture",
    tier: "t10",
    vi: "Doanh nghiệp nông nghiệp ứng dụng công nghệ cao (có giấy chứng nhận)",
    en: "Certified high-tech agricultural enterprise",
    conditionsVi:
      "Có giấy chứng nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao; thời gian ưu đãi tính từ năm được cấp giấy chứng nhận nếu muộn hơn năm có doanh thu đầu tiên.",
    conditionsEn:
      "Holds a high-tech agricultural enterprise certificate; the incentive's years count from the year it is granted, if later than the first year of revenue.",
    certificateBased: true,
  },
  {
    key: "agri-high-tech-zone",
    sector: "high-tech-agriculture",
    tier: "t10",
    vi: "Dự án trong khu nông nghiệp ứng dụng công nghệ cao",
    en: "A project in a high-tech agricultural zone",
    conditionsVi: "Dự án đầu tư mới trong khu nông nghiệp ứng dụng công nghệ cao đã được thành lập.",
    conditionsEn: "A new project in an established high-tech agricultural zone.",
  },
  {
    key: "agri-farming-processing",
    sector: "high-tech-agriculture",
    tier: "t-agri",
    vi: "Trồng trọt, chăn nuôi, nuôi trồng thủy sản và chế biến",
    en: "Farming, livestock, aquaculture and their processing",
    conditionsVi: "Đáp ứng điều kiện tại Nghị định 320/2025/NĐ-CP Điều 23; không có thời gian miễn, giảm thuế.",
    conditionsEn: "Meeting the conditions of Decree 320/2025/ND-CP Art. 23; no tax holiday.",
  },
  {
    key: "supporting-priority",
    sector: "supporting-industries",
    tier: "t10",
    vi: "Sản phẩm công nghiệp hỗ trợ ưu tiên phát triển",
    en: "Priority supporting-industry products",
    conditionsVi: SUPPORTING_VI,
    conditionsEn: SUPPORTING_EN,
  },
  {
    key: "supporting-other",
    sector: "supporting-industries",
    tier: null,
    vi: "Sản phẩm công nghiệp hỗ trợ khác",
    en: "Other supporting-industry products",
    conditionsVi: NONE_VI,
    conditionsEn: NONE_EN,
  },
  {
    key: "logistics-warehousing",
    sector: "logistics",
    tier: null,
    vi: "Kho bãi, phân phối, thương mại",
    en: "Warehousing, distribution and trading",
    conditionsVi: NONE_VI,
    conditionsEn: NONE_EN,
  },
  {
    key: "logistics-port-infrastructure",
    sector: "logistics",
    tier: "t10",
    vi: "Kết cấu hạ tầng cảng biển, cảng sông",
    en: "Seaport and river-port infrastructure",
    conditionsVi:
      "Dự án đầu tư kết cấu hạ tầng trọng điểm, kể cả cảng biển, cảng sông (Nghị định 320/2025/NĐ-CP Điều 18).",
    conditionsEn: "A key infrastructure project, seaports and river ports included (Decree 320/2025/ND-CP Art. 18).",
  },
];

/** The incentive rules as data: corporate income tax tiers, product categories, location types, tax parameters. */
export const incentiveRuleEntries: SeedEntry[] = [
  { kind: "tax-parameters", key: "cit", sortOrder: 0, doc: taxParameters },
  { kind: "cit-tier", key: "t10", sortOrder: 0, doc: t10 },
  { kind: "cit-tier", key: "t17", sortOrder: 1, doc: t17 },
  { kind: "cit-tier", key: "t-agri", sortOrder: 2, doc: tAgri },
  {
    kind: "location-type",
    key: "industrial-park",
    sortOrder: 0,
    doc: location(
      { vi: "Khu công nghiệp", en: "Industrial park" },
      null,
      locationNote.industrialPark,
      { exempt: 2, reduced: 4, pct: 50 },
      false,
    ),
  },
  {
    kind: "location-type",
    key: "economic-zone-area",
    sortOrder: 1,
    doc: location(
      { vi: "Khu chức năng trong khu kinh tế", en: "Economic-zone functional area" },
      "t17",
      locationNote.economicZone,
      null,
      true,
    ),
  },
  {
    kind: "location-type",
    key: "high-tech-zone",
    sortOrder: 2,
    doc: location({ vi: "Khu công nghệ cao", en: "High-tech zone" }, "t10", locationNote.highTechZone, null, true),
  },
  {
    kind: "location-type",
    key: "none",
    sortOrder: 3,
    doc: location({ vi: "Ngoài các khu trên", en: "None of these" }, null, locationNote.none, null, true),
  },
  ...products.map(
    (product, sortOrder): SeedEntry => ({
      kind: "product",
      key: product.key,
      sortOrder,
      doc: {
        sector: product.sector,
        name: { vi: product.vi, en: product.en },
        tier: product.tier,
        conditions: { vi: product.conditionsVi ?? "", en: product.conditionsEn ?? "" },
        certificateBased: product.certificateBased ?? false,
      },
    }),
  ),
];
