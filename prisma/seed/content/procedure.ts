import type { SeedEntry } from "./types";

// The investment procedure for a foreign manufacturing project in an
// industrial park, 2026 (INCENTIVES.md §5–6). Time limits marked *unverified*
// there are stored as "unverified" and say so; the others rest on law-firm
// and press summaries ("secondary"). What the Board does is limited to what
// it is the authority for, and to the portal's own inquiry service.

const LAST_REVIEWED = "2026-12-01";
const INVESTMENT_LAW = "143-2025-qh15";
const INVESTMENT_DECREE = "96-2026-nd-cp";

const overview: SeedEntry = {
  kind: "procedure-overview",
  key: "procedure",
  sortOrder: 0,
  doc: {
    intro: {
      vi: "Các bước dưới đây mô tả trình tự thông thường đối với dự án sản xuất có vốn đầu tư nước ngoài tại khu công nghiệp hiện có trong khu vực Bến Lức và Cần Giuộc, theo Luật Đầu tư 143/2025/QH15 (có hiệu lực từ ngày 01/3/2026) và Nghị định 96/2026/NĐ-CP. Ban Quản lý Khu kinh tế tỉnh Tây Ninh là cơ quan cấp Giấy chứng nhận đăng ký đầu tư cho dự án trong khu công nghiệp. Thời hạn nêu tại đây là thời hạn theo quy định, mang tính tham khảo; các mục ghi “chưa xác minh” cần được kiểm tra lại với cơ quan có thẩm quyền.",
      en: "The steps below describe the usual order for a foreign-invested manufacturing project in an existing industrial park in the Bến Lức and Cần Giuộc areas, under the Law on Investment 143/2025/QH15 (in force since 1 March 2026) and Decree 96/2026/ND-CP. The Tây Ninh Economic Zone Management Board issues the Investment Registration Certificate for projects in industrial parks. The time limits given are statutory and indicative; items marked “not verified” should be checked with the authority concerned.",
    },
    typicalTime: {
      vi: "Thời gian thực tế phụ thuộc vào loại dự án và mức độ đầy đủ của hồ sơ; các con số sau chỉ mang tính tham khảo:\n- Giấy chứng nhận đăng ký đầu tư: 15 ngày kể từ khi nhận đủ hồ sơ.\n- Giấy chứng nhận đăng ký doanh nghiệp: 3 ngày làm việc.\n- Góp vốn: trong 90 ngày.\n- Nếu phải lập báo cáo đánh giá tác động môi trường: thẩm định tối đa 45 ngày (nhóm I) hoặc 30 ngày (nhóm II), phê duyệt tối đa 20 ngày sau khi hoàn thiện.\n- Giấy phép xây dựng (nếu không được miễn): mục tiêu 7 ngày.\nDự án không phải chấp thuận chủ trương đầu tư và không phải lập báo cáo đánh giá tác động môi trường thường hoàn tất đăng ký đầu tư và thành lập doanh nghiệp trong khoảng một tháng; thời gian đàm phán thuê lại đất, thiết kế và xây dựng không tính trong đó.",
      en: "The actual time depends on the kind of project and on how complete the file is; the figures below are indicative only:\n- Investment Registration Certificate: 15 days from a complete file.\n- Enterprise Registration Certificate: 3 working days.\n- Capital contribution: within 90 days.\n- If an environmental impact assessment report is required: appraisal within 45 days (group I) or 30 days (group II), approval within 20 days after revision.\n- Construction permit (unless waived): target 7 days.\nA project that needs no investment policy approval and no environmental impact assessment usually completes investment and enterprise registration in about a month; negotiating the sub-lease, design and construction come on top.",
    },
    specialProcedure: {
      vi: "Theo Điều 28 Luật Đầu tư 143/2025/QH15 và Nghị định 96/2026/NĐ-CP, dự án tại khu công nghiệp, khu chế xuất, khu công nghệ cao, khu công nghệ số tập trung, khu thương mại tự do và khu chức năng trong khu kinh tế, trừ dự án phải chấp thuận chủ trương đầu tư, có thể đăng ký đầu tư trong 15 ngày theo thủ tục đặc biệt. Trên cơ sở cam kết bằng văn bản, dự án không phải lập báo cáo đánh giá tác động môi trường, quy hoạch chi tiết 1/500, giấy phép xây dựng và thẩm duyệt thiết kế phòng cháy, chữa cháy. Vẫn phải có giấy phép môi trường trước khi vận hành.",
      en: "Under Article 28 of the Law on Investment 143/2025/QH15 and Decree 96/2026/ND-CP, projects in industrial parks, export-processing zones, high-tech zones, concentrated digital-technology zones, free-trade zones and economic-zone functional areas, except those needing investment policy approval, may register within 15 days under the special procedure. On written commitments they skip the environmental impact assessment report, the 1/500 detailed plan, the construction permit and the fire-safety design approval. The environmental permit is still needed before operation.",
    },
    documents: [INVESTMENT_LAW, INVESTMENT_DECREE],
    articles: { vi: "Luật 143/2025/QH15: Điều 24, 28", en: "Law 143/2025/QH15: Art. 24, 28" },
    lastReviewed: LAST_REVIEWED,
    confidence: "secondary",
  },
};

type StepDoc = Extract<SeedEntry, { kind: "procedure-step" }>["doc"];
const empty = { vi: "", en: "" };
const step = (key: string, sortOrder: number, doc: StepDoc): SeedEntry => ({
  kind: "procedure-step",
  key,
  sortOrder,
  doc,
});

const steps: SeedEntry[] = [
  step("site", 0, {
    label: "0",
    title: {
      vi: "Địa điểm: thỏa thuận nguyên tắc hoặc hợp đồng thuê lại đất với chủ đầu tư hạ tầng",
      en: "Site: principle or sub-lease agreement with the park developer",
    },
    authority: { vi: "Chủ đầu tư hạ tầng khu công nghiệp", en: "The industrial park developer" },
    timeLimit: { vi: "Không quy định", en: "None set" },
    mainDocuments: {
      vi: "Biên bản ghi nhớ hoặc thỏa thuận nguyên tắc thuê lại đất",
      en: "Memorandum of understanding or principle lease agreement",
    },
    boardHelp: {
      vi: "Quý nhà đầu tư có thể gửi yêu cầu thông tin về lô đất qua Cổng thông tin; bộ phận phụ trách sẽ phản hồi.",
      en: "Investors can send an inquiry about a parcel through the portal; the desk in charge replies.",
    },
    appliesWhen: empty,
    documents: [],
    articles: empty,
    confidence: "secondary",
  }),
  step("investment-policy", 1, {
    label: "1",
    title: { vi: "Chấp thuận chủ trương đầu tư", en: "Investment policy approval" },
    authority: {
      vi: "Chủ tịch Ủy ban nhân dân tỉnh hoặc Thủ tướng Chính phủ",
      en: "The provincial People's Committee Chairperson or the Prime Minister",
    },
    timeLimit: {
      vi: "Chưa xác minh (theo luật cũ: 35 ngày đối với thẩm quyền cấp tỉnh)",
      en: "Not verified (under the old law: 35 days at provincial level)",
    },
    mainDocuments: {
      vi: "Văn bản đề nghị thực hiện dự án đầu tư\nTài liệu về tư cách pháp lý của nhà đầu tư\nTài liệu chứng minh năng lực tài chính\nĐề xuất dự án đầu tư",
      en: "Request to carry out the investment project\nThe investor's legal documents\nEvidence of financial capacity\nProject proposal",
    },
    boardHelp: empty,
    appliesWhen: {
      vi: "Chỉ đối với dự án thuộc các trường hợp tại Điều 24 Luật Đầu tư 143/2025/QH15. Nhà máy trong khu công nghiệp hiện có thường không thuộc diện này.",
      en: "Only for projects in the categories of Article 24 of the Law on Investment 143/2025/QH15. A factory in an existing industrial park usually needs none.",
    },
    documents: [INVESTMENT_LAW, INVESTMENT_DECREE],
    articles: { vi: "Luật 143/2025/QH15: Điều 24", en: "Law 143/2025/QH15: Art. 24" },
    confidence: "unverified",
  }),
  step("investment-certificate", 2, {
    label: "2",
    title: { vi: "Giấy chứng nhận đăng ký đầu tư", en: "Investment Registration Certificate" },
    authority: { vi: "Ban Quản lý Khu kinh tế tỉnh Tây Ninh", en: "Tây Ninh Economic Zone Management Board" },
    timeLimit: {
      vi: "15 ngày kể từ khi nhận đủ hồ sơ; 5 ngày làm việc sau khi có chấp thuận chủ trương đầu tư (thời hạn theo luật cũ, việc tiếp tục áp dụng chưa xác minh); thủ tục đặc biệt: 15 ngày",
      en: "15 days from a complete file; 5 working days after an investment policy approval (old-law limits, carry-over not verified); special procedure: 15 days",
    },
    mainDocuments: {
      vi: "Văn bản đề nghị cấp Giấy chứng nhận đăng ký đầu tư\nGiấy tờ tùy thân hoặc tài liệu thành lập của nhà đầu tư\nTài liệu chứng minh năng lực tài chính (báo cáo tài chính kiểm toán 2 năm gần nhất, hoặc xác nhận của công ty mẹ hoặc ngân hàng)\nĐề xuất dự án đầu tư\nTài liệu về địa điểm (thỏa thuận thuê lại đất)",
      en: "Application for the Investment Registration Certificate\nThe investor's ID or incorporation documents\nEvidence of financial capacity (audited accounts for the last 2 years, or a parent-company or bank confirmation)\nProject proposal\nSite document (sub-lease agreement)",
    },
    boardHelp: {
      vi: "Ban là cơ quan tiếp nhận và cấp Giấy chứng nhận đăng ký đầu tư cho dự án trong khu công nghiệp. Trước khi nộp hồ sơ, Quý nhà đầu tư có thể gửi câu hỏi qua Cổng thông tin.",
      en: "The Board receives the file and issues the Investment Registration Certificate for projects in industrial parks. Before filing, investors can send their questions through the portal.",
    },
    appliesWhen: {
      vi: "Dự án của nhà đầu tư nước ngoài.",
      en: "Projects of foreign investors.",
    },
    documents: [INVESTMENT_LAW, INVESTMENT_DECREE],
    articles: {
      vi: "Luật 143/2025/QH15: Điều 28 (thủ tục đặc biệt)",
      en: "Law 143/2025/QH15: Art. 28 (special procedure)",
    },
    confidence: "unverified",
  }),
  step("company-first", 3, {
    label: "2′",
    title: {
      vi: "Mới từ năm 2026: thành lập doanh nghiệp trước khi có Giấy chứng nhận đăng ký đầu tư",
      en: "New in 2026: setting up the company before the Investment Registration Certificate",
    },
    authority: { vi: "Không áp dụng", en: "Not applicable" },
    timeLimit: { vi: "Không áp dụng", en: "Not applicable" },
    mainDocuments: empty,
    boardHelp: empty,
    appliesWhen: {
      vi: "Nhà đầu tư nước ngoài có thể thành lập doanh nghiệp trước; Giấy chứng nhận đăng ký đầu tư vẫn phải có trước khi triển khai dự án.",
      en: "A foreign investor may set up the company first; the Investment Registration Certificate is still needed before the project starts.",
    },
    documents: [INVESTMENT_LAW],
    articles: empty,
    confidence: "secondary",
  }),
  step("enterprise-registration", 4, {
    label: "3",
    title: { vi: "Giấy chứng nhận đăng ký doanh nghiệp", en: "Enterprise Registration Certificate" },
    authority: {
      vi: "Phòng Đăng ký kinh doanh, Sở Tài chính tỉnh Tây Ninh",
      en: "Business registration office, Tây Ninh Department of Finance",
    },
    timeLimit: { vi: "3 ngày làm việc", en: "3 working days" },
    mainDocuments: {
      vi: "Giấy đề nghị đăng ký doanh nghiệp\nĐiều lệ công ty\nDanh sách thành viên hoặc cổ đông sáng lập\nGiấy tờ của thành viên, cổ đông sáng lập\nGiấy chứng nhận đăng ký đầu tư (nếu đã có)",
      en: "Application for enterprise registration\nCompany charter\nList of members or founding shareholders\nThe founders' documents\nThe Investment Registration Certificate, if already issued",
    },
    boardHelp: empty,
    appliesWhen: empty,
    documents: [],
    articles: empty,
    confidence: "secondary",
  }),
  step("capital", 5, {
    label: "4",
    title: {
      vi: "Con dấu, tài khoản vốn đầu tư trực tiếp, góp vốn",
      en: "Seal, direct-investment capital account, capital contribution",
    },
    authority: { vi: "Ngân hàng, cơ quan thuế", en: "Bank, tax authority" },
    timeLimit: { vi: "Góp vốn trong 90 ngày", en: "Capital contributed within 90 days" },
    mainDocuments: empty,
    boardHelp: empty,
    appliesWhen: empty,
    documents: [],
    articles: empty,
    confidence: "secondary",
  }),
  step("land-lease", 6, {
    label: "5",
    title: {
      vi: "Đất đai: ký và đăng ký hợp đồng thuê lại đất với chủ đầu tư hạ tầng",
      en: "Land: sub-lease signed with the developer and registered",
    },
    authority: { vi: "Chủ đầu tư hạ tầng khu công nghiệp", en: "The industrial park developer" },
    timeLimit: { vi: "Không quy định", en: "None set" },
    mainDocuments: empty,
    boardHelp: empty,
    appliesWhen: empty,
    documents: [],
    articles: empty,
    confidence: "secondary",
  }),
  step("environment", 7, {
    label: "6",
    title: {
      vi: "Môi trường: phân loại dự án, đánh giá tác động môi trường, giấy phép môi trường",
      en: "Environment: screening, environmental impact assessment, environmental permit",
    },
    authority: {
      vi: "Bộ Nông nghiệp và Môi trường hoặc Ủy ban nhân dân tỉnh (có thể ủy quyền cho Ban Quản lý)",
      en: "The Ministry of Agriculture and Environment or the province (which may delegate to the Board)",
    },
    timeLimit: {
      vi: "Thẩm định báo cáo đánh giá tác động môi trường tối đa 45 ngày (nhóm I) hoặc 30 ngày (nhóm II); phê duyệt tối đa 20 ngày sau khi hoàn thiện",
      en: "Environmental impact assessment appraisal within 45 days (group I) or 30 days (group II); approval within 20 days after revision",
    },
    mainDocuments: {
      vi: "Báo cáo đánh giá tác động môi trường\nBáo cáo nghiên cứu khả thi\nHồ sơ đề nghị cấp giấy phép môi trường",
      en: "Environmental impact assessment report\nFeasibility study\nEnvironmental permit application",
    },
    boardHelp: {
      vi: "Khi được tỉnh ủy quyền, Ban tiếp nhận và giải quyết hồ sơ thuộc phạm vi được ủy quyền.",
      en: "Where the province delegates it, the Board receives and handles the files within that delegation.",
    },
    appliesWhen: {
      vi: "Dự án được phân loại theo nhóm I–IV; phải lập báo cáo đánh giá tác động môi trường đối với nhóm I và một số dự án nhóm II. Mọi dự án thuộc diện phải có giấy phép môi trường đều cần giấy phép trước khi vận hành, kể cả dự án theo thủ tục đặc biệt.",
      en: "Projects are screened into groups I–IV; an environmental impact assessment is required for group I and some of group II. Every project that needs an environmental permit must have it before operation, special-procedure projects included.",
    },
    documents: [],
    articles: empty,
    confidence: "secondary",
  }),
  step("construction-permit", 8, {
    label: "7",
    title: { vi: "Giấy phép xây dựng", en: "Construction permit" },
    authority: { vi: "Sở Xây dựng hoặc Ban Quản lý", en: "The Department of Construction or the Board" },
    timeLimit: { vi: "Mục tiêu 7 ngày (trước đây: 20 ngày)", en: "Target 7 days (previously 20)" },
    mainDocuments: {
      vi: "Hồ sơ thiết kế\nGiấy tờ về đất\nThông báo kết quả thẩm định",
      en: "Design file\nLand document\nAppraisal notice",
    },
    boardHelp: empty,
    appliesWhen: {
      vi: "Từ ngày 01/01/2026 được miễn đối với công trình có báo cáo nghiên cứu khả thi đã được cơ quan chuyên môn về xây dựng thẩm định và đối với dự án theo thủ tục đặc biệt.",
      en: "Waived from 1 January 2026 for works whose feasibility study was appraised by the construction authority and for special-procedure projects.",
    },
    documents: [],
    articles: empty,
    confidence: "secondary",
  }),
  step("fire-safety", 9, {
    label: "8",
    title: {
      vi: "Phòng cháy, chữa cháy: thẩm định thiết kế và nghiệm thu",
      en: "Fire safety: design appraisal and acceptance",
    },
    authority: { vi: "Công an tỉnh", en: "Provincial police" },
    timeLimit: {
      vi: "Chưa xác minh (theo quy định cũ: 15 ngày làm việc đối với công trình nhóm A, 10 ngày đối với công trình khác)",
      en: "Not verified (under the old rules: 15 working days for group A works, 10 for others)",
    },
    mainDocuments: {
      vi: "Hồ sơ thiết kế phòng cháy, chữa cháy\nHồ sơ nghiệm thu",
      en: "Fire-safety design file\nAcceptance file",
    },
    boardHelp: empty,
    appliesWhen: {
      vi: "Cơ quan công an thẩm định thiết kế đối với công trình thuộc Phụ lục III Nghị định 105/2025/NĐ-CP; công trình khác tự thẩm định. Nghiệm thu trước khi đưa vào sử dụng.",
      en: "The police appraise the design of works listed in Appendix III of Decree 105/2025/ND-CP; other works are self-appraised. Acceptance comes before use.",
    },
    documents: ["55-2024-qh15", "105-2025-nd-cp"],
    articles: { vi: "Nghị định 105/2025/NĐ-CP: Phụ lục III", en: "Decree 105/2025/ND-CP: Appendix III" },
    confidence: "unverified",
  }),
  step("before-operation", 10, {
    label: "9",
    title: { vi: "Trước khi vận hành", en: "Before operation" },
    authority: { vi: "Các cơ quan liên quan", en: "Various authorities" },
    timeLimit: { vi: "Không quy định chung", en: "No common limit" },
    mainDocuments: {
      vi: "Nghiệm thu hoàn thành công trình\nGiấy phép môi trường\nĐăng ký sử dụng lao động, giấy phép lao động cho người nước ngoài\nThông báo danh mục hàng hóa miễn thuế nhập khẩu với cơ quan hải quan\nKê khai ưu đãi thuế thu nhập doanh nghiệp trong tờ khai quyết toán năm",
      en: "Completion acceptance\nEnvironmental permit\nLabour registration and work permits for foreign staff\nList of duty-exempt goods notified to customs\nCorporate income tax incentive declared in the annual return",
    },
    boardHelp: empty,
    appliesWhen: empty,
    documents: ["107-2016-qh13", "134-2016-nd-cp", "67-2025-qh15"],
    articles: empty,
    confidence: "secondary",
  }),
];

export const procedureEntries: SeedEntry[] = [overview, ...steps];
