import type { SeedEntry } from "./types";

// The incentives page's texts (INCENTIVES.md §1–5, as of 2026-12-01). The
// rules the estimator computes with (tiers, products, location types, tax
// parameters) are data of their own in incentive-rules.ts. Confidence follows
// INCENTIVES.md: "sourced" where law firms, tax advisers and the press agree,
// "secondary" where the details rest on fewer or weaker sources, "unverified"
// where the rule is only reported as carried over.

const LAST_REVIEWED = "2026-12-01";

export const incentiveEntries: SeedEntry[] = [
  {
    kind: "incentive",
    key: "cit",
    sortOrder: 0,
    doc: {
      title: { vi: "Ưu đãi thuế thu nhập doanh nghiệp", en: "Corporate income tax incentives" },
      summary: {
        vi: "Thuế suất phổ thông 20% (15% nếu doanh thu năm trước không quá 3 tỷ đồng; 17% nếu không quá 50 tỷ đồng). Dự án thuộc ngành, nghề hoặc địa bàn ưu đãi được hưởng thuế suất ưu đãi 10% hoặc 17% trong một số năm, kèm miễn thuế và giảm 50% số thuế phải nộp. Từ ngày 01/10/2025, khu công nghiệp không còn là địa bàn ưu đãi thuế: ưu đãi cho dự án tại khu vực Bến Lức và Cần Giuộc chủ yếu xét theo ngành, nghề.",
        en: "The standard rate is 20 % (15 % if prior-year revenue is at most VND 3 bn; 17 % if at most VND 50 bn). Projects in incentive sectors or areas get a preferential rate of 10 % or 17 % for a number of years, with an exemption and then a 50 % reduction of the tax due. Since 1 October 2025 industrial parks are no longer a tax incentive location: for projects in the Bến Lức and Cần Giuộc areas the incentive depends mainly on the sector.",
      },
      qualifies: {
        vi: "- Thuế suất 10% trong 15 năm, miễn thuế 4 năm và giảm 50% trong 9 năm tiếp theo: ứng dụng công nghệ cao, công nghệ chiến lược; phần mềm, an ninh mạng, sản phẩm công nghệ số trọng điểm, chip bán dẫn, trung tâm dữ liệu trí tuệ nhân tạo; sản phẩm công nghiệp hỗ trợ ưu tiên phát triển đáp ứng điều kiện; cảng biển, cảng sông và kết cấu hạ tầng trọng điểm; doanh nghiệp công nghệ cao, doanh nghiệp nông nghiệp ứng dụng công nghệ cao, doanh nghiệp khoa học và công nghệ; dự án sản xuất có vốn từ 12.000 tỷ đồng giải ngân trong 5 năm; dự án tại khu công nghệ cao, khu nông nghiệp ứng dụng công nghệ cao, khu công nghệ số tập trung hoặc địa bàn đặc biệt khó khăn.\n- Thuế suất 17% trong 10 năm, miễn thuế 2 năm và giảm 50% trong 4 năm tiếp theo: thép cao cấp, sản phẩm tiết kiệm năng lượng, máy nông nghiệp, thức ăn chăn nuôi; sản xuất ô tô; sản phẩm công nghệ số khác; cơ sở hỗ trợ doanh nghiệp nhỏ và vừa; địa bàn khó khăn; khu kinh tế ngoài địa bàn khó khăn.\n- Thuế suất 15% trong suốt thời gian hoạt động (10% tại địa bàn khó khăn): trồng trọt, chăn nuôi, nuôi trồng thủy sản và chế biến (có điều kiện).\n- Không được ưu đãi: dự án chỉ vì nằm trong khu công nghiệp; kho bãi, phân phối, thương mại và dịch vụ chung; sản xuất không thuộc ngành, nghề được liệt kê.",
        en: "- 10 % for 15 years, 4 years exempt, then 50 % off for 9 years: high-tech application, strategic technology; software, cybersecurity, key digital-technology products, semiconductor chips, AI data centres; priority supporting-industry products meeting the conditions; seaports, river ports and key infrastructure; certified high-tech, high-tech agricultural and science-and-technology enterprises; manufacturing projects with capital of VND 12,000 bn or more disbursed within 5 years; projects in high-tech zones, high-tech agricultural zones, concentrated digital-technology zones or especially difficult areas.\n- 17 % for 10 years, 2 years exempt, then 50 % off for 4 years: high-grade steel, energy-saving products, farm machinery, animal feed; automobile manufacture; other digital-technology products; SME support facilities; difficult areas; economic zones outside difficult areas.\n- 15 % for the project's whole life (10 % in difficult areas): farming, livestock, aquaculture and their processing (conditions apply).\n- No incentive: a project only because it is in an industrial park; warehousing, distribution, trading and general services; manufacturing not in a listed sector.",
      },
      conditions: {
        vi: "- Thời gian áp dụng thuế suất ưu đãi tính từ năm đầu tiên có doanh thu từ dự án; thời gian miễn, giảm thuế tính từ năm đầu tiên có thu nhập chịu thuế (nếu 3 năm đầu chưa có thu nhập chịu thuế thì tính từ năm thứ tư).\n- Dự án được cấp phép trước ngày 01/10/2025 tiếp tục hưởng ưu đãi đã được cấp cho thời gian còn lại.\n- Khi một khoản thu nhập đáp ứng nhiều mức ưu đãi, doanh nghiệp chọn một mức và giữ nguyên.\n- Tập đoàn có doanh thu hợp nhất từ 750 triệu euro trở lên trong 2 của 4 năm liền trước phải nộp bổ sung để đạt thuế suất thực tế 15% (thuế tối thiểu toàn cầu).\n- Dự án rất lớn có thể được Thủ tướng Chính phủ xem xét kéo dài thời gian ưu đãi thêm tối đa 15 năm; không áp dụng tự động.\n- Ưu đãi do doanh nghiệp tự xác định khi kê khai quyết toán thuế và được cơ quan thuế xác nhận.",
        en: "- The preferential rate runs from the first year of revenue from the project; the exemption and reduction run from the first year of taxable income (from the fourth year if there is none in the first three).\n- Projects licensed before 1 October 2025 keep the incentives they were granted for the remaining period.\n- Where income qualifies for several incentives, the enterprise chooses one and keeps it.\n- Groups with consolidated revenue of EUR 750 million or more in 2 of the 4 preceding years top up to an effective rate of 15 % (global minimum tax).\n- For very large projects the Prime Minister may extend the incentive period by up to 15 years; this is never automatic.\n- Incentives are applied by the enterprise in its tax return and confirmed by the tax authority.",
      },
      documents: ["67-2025-qh15", "320-2025-nd-cp", "20-2026-tt-btc", "107-2023-qh15", "236-2025-nd-cp"],
      articles: {
        vi: "Luật 67/2025/QH15: Điều 12, 13, 14; Nghị định 320/2025/NĐ-CP: Điều 18, 19, 20, 23",
        en: "Law 67/2025/QH15: Art. 12, 13, 14; Decree 320/2025/ND-CP: Art. 18, 19, 20, 23",
      },
      effectiveOn: "2025-10-01",
      lastReviewed: LAST_REVIEWED,
      confidence: "sourced",
    },
  },
  {
    kind: "incentive",
    key: "import-duty",
    sortOrder: 1,
    doc: {
      title: { vi: "Miễn thuế nhập khẩu", en: "Import duty exemption" },
      summary: {
        vi: "Miễn thuế nhập khẩu đối với hàng hóa nhập khẩu để tạo tài sản cố định của dự án thuộc ngành, nghề hoặc địa bàn ưu đãi đầu tư; đối với một số ngành, nghề đặc biệt ưu đãi, miễn cả thuế nguyên liệu, vật tư, linh kiện trong 5 năm đầu sản xuất.",
        en: "No import duty on goods imported to create the fixed assets of a project in an incentive sector or area; for some special-incentive sectors, also on raw materials, supplies and components for the first 5 years of production.",
      },
      qualifies: {
        vi: "- Dự án thuộc ngành, nghề hoặc địa bàn ưu đãi đầu tư: máy móc, thiết bị, linh kiện, phương tiện vận tải chuyên dùng và vật tư xây dựng trong nước chưa sản xuất được, nhập khẩu để tạo tài sản cố định.\n- Dự án thuộc ngành, nghề đặc biệt ưu đãi đầu tư hoặc tại địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn: nguyên liệu, vật tư, linh kiện trong nước chưa sản xuất được, trong 5 năm kể từ khi bắt đầu sản xuất.",
        en: "- Projects in an incentive sector or area: machinery, equipment, components, specialised transport and construction materials not made in Vietnam, imported to create fixed assets.\n- Projects in a special-incentive sector or an especially difficult area: raw materials, supplies and components not made in Vietnam, for 5 years from the start of production.",
      },
      conditions: {
        vi: "- Danh mục hàng hóa miễn thuế phải được thông báo với cơ quan hải quan trước lần nhập khẩu đầu tiên.\n- Việc địa bàn khu công nghiệp có còn được tính là địa bàn ưu đãi về thuế nhập khẩu theo Nghị định 96/2026/NĐ-CP hay không: chưa xác minh. Quý nhà đầu tư nên xác nhận với cơ quan hải quan trước khi lập kế hoạch.",
        en: "- The list of exempt goods must be notified to customs before the first import.\n- Whether an industrial-park location still counts as an incentive area for import duty under Decree 96/2026/ND-CP is not verified. Investors should confirm it with customs before planning on it.",
      },
      documents: ["107-2016-qh13", "134-2016-nd-cp", "18-2021-nd-cp", "96-2026-nd-cp"],
      articles: { vi: "Luật 107/2016/QH13: Điều 16, 17", en: "Law 107/2016/QH13: Art. 16, 17" },
      effectiveOn: "2016-09-01",
      lastReviewed: LAST_REVIEWED,
      confidence: "secondary",
    },
  },
  {
    kind: "incentive",
    key: "land-rent",
    sortOrder: 2,
    doc: {
      title: { vi: "Miễn, giảm tiền thuê đất", en: "Land rent exemption" },
      summary: {
        vi: "Dự án thuê đất trực tiếp của Nhà nước được miễn tiền thuê đất trong thời gian xây dựng (tối đa 3 năm), sau đó được miễn thêm một số năm tùy ngành, nghề và địa bàn. Trong khu công nghiệp, nhà đầu tư thuê lại đất của chủ đầu tư hạ tầng nên ưu đãi này thuộc về chủ đầu tư hạ tầng, không trực tiếp đến nhà đầu tư thứ cấp.",
        en: "Projects on land leased directly from the State pay no land rent during construction (up to 3 years), then for a further number of years depending on the sector and area. Inside an industrial park the tenant sub-leases from the park developer, so this incentive goes to the developer, not to the tenant.",
      },
      qualifies: {
        vi: "Chỉ áp dụng cho đất Nhà nước cho thuê (mức miễn được báo cáo là giữ nguyên như Nghị định 46/2014/NĐ-CP; chưa xác minh đối với Nghị định 103/2024/NĐ-CP):\n- Thời gian xây dựng: tối đa 3 năm.\n- Sau đó: 3 năm (ngành, nghề ưu đãi); 7 năm (địa bàn khó khăn); 11 năm (địa bàn đặc biệt khó khăn, hoặc ngành, nghề đặc biệt ưu đãi); 15 năm; hoặc toàn bộ thời hạn thuê (ngành, nghề đặc biệt ưu đãi tại địa bàn đặc biệt khó khăn).",
        en: "Only for land leased from the State (the ladder is reported as unchanged from Decree 46/2014/ND-CP; not verified for Decree 103/2024/ND-CP):\n- During construction: up to 3 years.\n- Then: 3 years (incentive sector); 7 years (difficult area); 11 years (especially difficult area, or special-incentive sector); 15 years; or the whole lease term (special-incentive sector in an especially difficult area).",
      },
      conditions: {
        vi: "- Lô đất trong khu công nghiệp: tiền thuê lại do chủ đầu tư hạ tầng quy định; các mức miễn, giảm nêu trên không áp dụng trực tiếp cho nhà đầu tư thuê lại.\n- Mức miễn cụ thể do cơ quan có thẩm quyền quyết định khi cho thuê đất.",
        en: "- A parcel in an industrial park: the sub-lease rent is set by the park developer; the exemptions above do not reach the tenant directly.\n- The exemption actually granted is decided by the competent authority when it leases the land.",
      },
      documents: ["31-2024-qh15", "103-2024-nd-cp"],
      articles: { vi: "", en: "" },
      effectiveOn: "2024-08-01",
      lastReviewed: LAST_REVIEWED,
      confidence: "unverified",
    },
  },
  {
    kind: "incentive",
    key: "support-fund",
    sortOrder: 3,
    doc: {
      title: { vi: "Quỹ Hỗ trợ đầu tư", en: "Investment Support Fund" },
      summary: {
        vi: "Hỗ trợ một phần chi phí hằng năm, tối đa 5 năm, cho doanh nghiệp công nghệ cao và dự án sản xuất sản phẩm công nghệ cao quy mô lớn; hỗ trợ tới 50% chi phí đầu tư ban đầu cho trung tâm nghiên cứu và phát triển.",
        en: "Support for part of the yearly costs, for up to 5 years, for high-tech enterprises and large high-tech product projects; up to 50 % of the initial investment for research and development centres.",
      },
      qualifies: {
        vi: "- Doanh nghiệp công nghệ cao hoặc dự án sản xuất sản phẩm công nghệ cao có vốn đầu tư từ 12.000 tỷ đồng hoặc doanh thu từ 20.000 tỷ đồng/năm (chip bán dẫn, vi mạch tích hợp, trung tâm dữ liệu trí tuệ nhân tạo: từ 6.000 tỷ đồng vốn hoặc 10.000 tỷ đồng doanh thu; ngưỡng này chưa được xác minh đầy đủ).\n- Trung tâm nghiên cứu và phát triển có vốn đầu tư từ 3.000 tỷ đồng, giải ngân ít nhất 1.000 tỷ đồng trong 3 năm.",
        en: "- High-tech enterprises or high-tech product projects with capital of VND 12,000 bn or more, or revenue of VND 20,000 bn a year or more (semiconductor chips, integrated circuits, AI data centres: VND 6,000 bn of capital or VND 10,000 bn of revenue; these thresholds are partly unverified).\n- Research and development centres with capital of VND 3,000 bn or more, at least VND 1,000 bn of it disbursed within 3 years.",
      },
      conditions: {
        vi: "- Mỗi khoản chi phí chỉ được hỗ trợ một lần.\n- Khoản hỗ trợ không tính vào thu nhập chịu thuế.",
        en: "- Each cost item is supported only once.\n- The support is not taxed.",
      },
      documents: ["182-2024-nd-cp"],
      articles: { vi: "", en: "" },
      effectiveOn: "2024-12-31",
      lastReviewed: LAST_REVIEWED,
      confidence: "secondary",
    },
  },
  {
    kind: "incentive",
    key: "special-procedure",
    sortOrder: 4,
    doc: {
      title: { vi: "Thủ tục đầu tư đặc biệt", en: "Special investment procedure" },
      summary: {
        vi: "Dự án tại khu công nghiệp và một số khu chức năng có thể đăng ký đầu tư trong 15 ngày và được miễn một số thủ tục (báo cáo đánh giá tác động môi trường, quy hoạch chi tiết 1/500, giấy phép xây dựng, thẩm duyệt thiết kế phòng cháy, chữa cháy) trên cơ sở cam kết bằng văn bản.",
        en: "Projects in industrial parks and some other designated zones may register within 15 days and skip some steps (the environmental impact assessment report, the 1/500 detailed plan, the construction permit, the fire-safety design approval) on written commitments.",
      },
      qualifies: {
        vi: "Dự án đầu tư tại khu công nghiệp, khu chế xuất, khu công nghệ cao, khu công nghệ số tập trung, khu thương mại tự do và khu chức năng trong khu kinh tế, trừ dự án thuộc diện phải chấp thuận chủ trương đầu tư.",
        en: "Projects in industrial parks, export-processing zones, high-tech zones, concentrated digital-technology zones, free-trade zones and economic-zone functional areas, except those that need investment policy approval.",
      },
      conditions: {
        vi: "- Nhà đầu tư cam kết bằng văn bản đáp ứng các điều kiện, tiêu chuẩn, quy chuẩn kỹ thuật.\n- Vẫn phải có giấy phép môi trường trước khi vận hành.",
        en: "- The investor commits in writing to meet the conditions, standards and technical regulations.\n- The environmental permit is still needed before operation.",
      },
      documents: ["143-2025-qh15", "96-2026-nd-cp"],
      articles: { vi: "Luật 143/2025/QH15: Điều 28", en: "Law 143/2025/QH15: Art. 28" },
      effectiveOn: "2026-03-01",
      lastReviewed: LAST_REVIEWED,
      confidence: "sourced",
    },
  },
];
