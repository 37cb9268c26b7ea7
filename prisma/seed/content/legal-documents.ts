import type { SeedEntry } from "./types";

// The legal documents the incentives, procedure, privacy and about pages cite
// (other entries refer to them by key). Numbers are as printed on the document;
// titles are short descriptive titles (the gazette texts could not be read
// directly). Issue and effective dates come from the research notes or
// from law-firm and press reports of the signed text; a date that could not be
// confirmed is left empty rather than guessed. No file: officials upload the
// official PDFs in the back office.

type LegalDocumentDoc = Extract<SeedEntry, { kind: "legal-document" }>["doc"];

const NATIONAL_ASSEMBLY = { vi: "Quốc hội", en: "National Assembly" };
const GOVERNMENT = { vi: "Chính phủ", en: "Government" };

const document = (
  key: string,
  sortOrder: number,
  doc: Omit<LegalDocumentDoc, "file" | "sourceUrl" | "status"> & { status?: LegalDocumentDoc["status"] },
): SeedEntry => ({
  kind: "legal-document",
  key,
  sortOrder,
  doc: { ...doc, status: doc.status ?? "in-force", file: null, sourceUrl: "" },
});

export const legalDocumentEntries: SeedEntry[] = [
  document("67-2025-qh15", 0, {
    number: "67/2025/QH15",
    type: "law",
    title: { vi: "Luật Thuế thu nhập doanh nghiệp", en: "Law on Corporate Income Tax" },
    issuer: NATIONAL_ASSEMBLY,
    issuedOn: "2025-06-14",
    effectiveOn: "2025-10-01",
    summary: {
      vi: "Áp dụng từ kỳ tính thuế năm 2025. Điều 12 (đối tượng ưu đãi), Điều 13 (thuế suất ưu đãi), Điều 14 (miễn thuế, giảm thuế). Khu công nghiệp không còn là địa bàn ưu đãi thuế từ ngày 01/10/2025.",
      en: "Applies from the 2025 tax period. Art. 12 (who qualifies), Art. 13 (preferential rates), Art. 14 (exemption and reduction). Industrial parks stopped being a tax incentive location on 1 October 2025.",
    },
  }),
  document("320-2025-nd-cp", 1, {
    number: "320/2025/NĐ-CP",
    type: "decree",
    title: {
      vi: "Nghị định quy định chi tiết Luật Thuế thu nhập doanh nghiệp",
      en: "Decree detailing the Law on Corporate Income Tax",
    },
    issuer: GOVERNMENT,
    issuedOn: "2025-12-15",
    effectiveOn: null,
    summary: {
      vi: "Điều 18 (đối tượng ưu đãi), Điều 19 (thuế suất), Điều 20 (miễn, giảm thuế), Điều 23 (điều kiện áp dụng ưu đãi).",
      en: "Art. 18 (who qualifies), Art. 19 (rates), Art. 20 (tax holidays), Art. 23 (conditions for incentives).",
    },
  }),
  document("20-2026-tt-btc", 2, {
    number: "20/2026/TT-BTC",
    type: "circular",
    title: {
      vi: "Thông tư hướng dẫn về thuế thu nhập doanh nghiệp",
      en: "Circular guiding corporate income tax",
    },
    issuer: { vi: "Bộ Tài chính", en: "Ministry of Finance" },
    issuedOn: null,
    effectiveOn: null,
    summary: {
      vi: "Hướng dẫn thi hành Luật Thuế thu nhập doanh nghiệp 67/2025/QH15 và Nghị định 320/2025/NĐ-CP. Ngày ban hành và ngày hiệu lực chưa được xác minh.",
      en: "Guides the Law on Corporate Income Tax 67/2025/QH15 and Decree 320/2025/ND-CP. Issue and effective dates not verified.",
    },
  }),
  document("107-2023-qh15", 3, {
    number: "107/2023/QH15",
    type: "resolution",
    title: {
      vi: "Nghị quyết về việc áp dụng thuế thu nhập doanh nghiệp bổ sung theo quy định chống xói mòn cơ sở thuế toàn cầu",
      en: "Resolution on the top-up corporate income tax under the global anti-base-erosion rules",
    },
    issuer: NATIONAL_ASSEMBLY,
    issuedOn: "2023-11-29",
    effectiveOn: "2024-01-01",
    summary: {
      vi: "Thuế tối thiểu toàn cầu: tập đoàn đa quốc gia có doanh thu hợp nhất từ 750 triệu euro trở lên trong ít nhất 2 trong 4 năm liền trước nộp bổ sung để đạt thuế suất thực tế 15%.",
      en: "Global minimum tax: multinational groups with consolidated revenue of EUR 750 million or more in at least 2 of the 4 preceding years pay a top-up to an effective rate of 15 %.",
    },
  }),
  document("236-2025-nd-cp", 4, {
    number: "236/2025/NĐ-CP",
    type: "decree",
    title: {
      vi: "Nghị định quy định chi tiết Nghị quyết 107/2023/QH15 về thuế thu nhập doanh nghiệp bổ sung",
      en: "Decree detailing Resolution 107/2023/QH15 on the top-up corporate income tax",
    },
    issuer: GOVERNMENT,
    issuedOn: "2025-08-29",
    effectiveOn: "2025-10-15",
    summary: {
      vi: "Hướng dẫn thuế tối thiểu toàn cầu: đối tượng nộp thuế, thuế bổ sung tối thiểu nội địa đạt chuẩn; áp dụng từ năm tài chính 2024.",
      en: "Guides the global minimum tax: who pays, the qualified domestic minimum top-up tax; applies from the 2024 financial year.",
    },
  }),
  document("107-2016-qh13", 5, {
    number: "107/2016/QH13",
    type: "law",
    title: { vi: "Luật Thuế xuất khẩu, thuế nhập khẩu", en: "Law on Export and Import Duties" },
    issuer: NATIONAL_ASSEMBLY,
    issuedOn: "2016-04-06",
    effectiveOn: "2016-09-01",
    summary: {
      vi: "Điều 16 (miễn thuế), Điều 17 (thủ tục miễn thuế): miễn thuế nhập khẩu hàng hóa tạo tài sản cố định của dự án thuộc ngành, nghề hoặc địa bàn ưu đãi đầu tư.",
      en: "Art. 16 (exemptions), Art. 17 (exemption procedure): no import duty on goods that form the fixed assets of projects in incentive sectors or areas.",
    },
  }),
  document("134-2016-nd-cp", 6, {
    number: "134/2016/NĐ-CP",
    type: "decree",
    title: {
      vi: "Nghị định quy định chi tiết Luật Thuế xuất khẩu, thuế nhập khẩu",
      en: "Decree detailing the Law on Export and Import Duties",
    },
    issuer: GOVERNMENT,
    issuedOn: "2016-09-01",
    effectiveOn: "2016-09-01",
    summary: {
      vi: "Hàng hóa được miễn thuế nhập khẩu và thủ tục thông báo danh mục hàng hóa miễn thuế với cơ quan hải quan trước lần nhập khẩu đầu tiên; được sửa đổi, bổ sung bởi Nghị định 18/2021/NĐ-CP.",
      en: "Which goods are exempt from import duty, and notifying the list of exempt goods to customs before the first import; amended by Decree 18/2021/ND-CP.",
    },
  }),
  document("18-2021-nd-cp", 7, {
    number: "18/2021/NĐ-CP",
    type: "decree",
    title: {
      vi: "Nghị định sửa đổi, bổ sung một số điều của Nghị định 134/2016/NĐ-CP",
      en: "Decree amending Decree 134/2016/ND-CP",
    },
    issuer: GOVERNMENT,
    issuedOn: "2021-03-11",
    effectiveOn: "2021-04-25",
    summary: {
      vi: "Sửa đổi quy định chi tiết về miễn thuế nhập khẩu của Nghị định 134/2016/NĐ-CP.",
      en: "Amends the import-duty exemption rules of Decree 134/2016/ND-CP.",
    },
  }),
  document("31-2024-qh15", 8, {
    number: "31/2024/QH15",
    type: "law",
    title: { vi: "Luật Đất đai", en: "Land Law" },
    issuer: NATIONAL_ASSEMBLY,
    issuedOn: "2024-01-18",
    effectiveOn: "2024-08-01",
    summary: {
      vi: "Cơ sở của chế độ thuê đất và miễn, giảm tiền thuê đất đối với đất Nhà nước cho thuê.",
      en: "The basis for land leases and for exemption from and reduction of land rent on land leased from the State.",
    },
  }),
  document("103-2024-nd-cp", 9, {
    number: "103/2024/NĐ-CP",
    type: "decree",
    title: {
      vi: "Nghị định quy định về tiền sử dụng đất, tiền thuê đất",
      en: "Decree on land use levies and land rent",
    },
    issuer: GOVERNMENT,
    issuedOn: "2024-07-30",
    effectiveOn: "2024-08-01",
    summary: {
      vi: "Mức miễn, giảm tiền thuê đất theo ngành, nghề và địa bàn ưu đãi đầu tư (được báo cáo là giữ nguyên như Nghị định 46/2014/NĐ-CP; chưa xác minh).",
      en: "Land rent exemptions and reductions by incentive sector and area (reported as unchanged from Decree 46/2014/ND-CP; not verified).",
    },
  }),
  document("182-2024-nd-cp", 10, {
    number: "182/2024/NĐ-CP",
    type: "decree",
    title: {
      vi: "Nghị định về thành lập, quản lý và sử dụng Quỹ Hỗ trợ đầu tư",
      en: "Decree on the establishment, management and use of the Investment Support Fund",
    },
    issuer: GOVERNMENT,
    issuedOn: "2024-12-31",
    effectiveOn: "2024-12-31",
    summary: {
      vi: "Hỗ trợ chi phí hằng năm, tối đa 5 năm, cho doanh nghiệp công nghệ cao và dự án sản xuất sản phẩm công nghệ cao quy mô lớn; hỗ trợ tới 50% chi phí đầu tư ban đầu cho trung tâm nghiên cứu và phát triển.",
      en: "Yearly cost support, for up to 5 years, for high-tech enterprises and large high-tech product projects; up to 50 % of the initial investment for R&D centres.",
    },
  }),
  document("143-2025-qh15", 11, {
    number: "143/2025/QH15",
    type: "law",
    title: { vi: "Luật Đầu tư", en: "Law on Investment" },
    issuer: NATIONAL_ASSEMBLY,
    issuedOn: "2025-12-11",
    effectiveOn: "2026-03-01",
    summary: {
      vi: "Điều 24 (dự án phải chấp thuận chủ trương đầu tư), Điều 28 (thủ tục đầu tư đặc biệt). Nhà đầu tư nước ngoài có thể thành lập doanh nghiệp trước khi được cấp Giấy chứng nhận đăng ký đầu tư.",
      en: "Art. 24 (projects that need investment policy approval), Art. 28 (special investment procedure). A foreign investor may set up the company before the Investment Registration Certificate is issued.",
    },
  }),
  document("96-2026-nd-cp", 12, {
    number: "96/2026/NĐ-CP",
    type: "decree",
    title: { vi: "Nghị định quy định chi tiết Luật Đầu tư", en: "Decree detailing the Law on Investment" },
    issuer: GOVERNMENT,
    issuedOn: "2026-03-31",
    effectiveOn: null,
    summary: {
      vi: "Thay thế Nghị định 31/2021/NĐ-CP; hướng dẫn thủ tục đầu tư đặc biệt tại khu công nghiệp, khu chế xuất, khu công nghệ cao, khu công nghệ số tập trung, khu thương mại tự do và khu chức năng trong khu kinh tế.",
      en: "Replaces Decree 31/2021/ND-CP; guides the special investment procedure in industrial parks, export-processing zones, high-tech zones, concentrated digital-technology zones, free-trade zones and economic-zone functional areas.",
    },
  }),
  document("55-2024-qh15", 13, {
    number: "55/2024/QH15",
    type: "law",
    title: {
      vi: "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
      en: "Law on Fire Prevention, Firefighting and Rescue",
    },
    issuer: NATIONAL_ASSEMBLY,
    issuedOn: "2024-11-29",
    effectiveOn: "2025-07-01",
    summary: {
      vi: "Thẩm định thiết kế và nghiệm thu về phòng cháy, chữa cháy đối với công trình.",
      en: "Fire-safety design appraisal and acceptance of works.",
    },
  }),
  document("105-2025-nd-cp", 14, {
    number: "105/2025/NĐ-CP",
    type: "decree",
    title: {
      vi: "Nghị định quy định chi tiết Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
      en: "Decree detailing the Law on Fire Prevention, Firefighting and Rescue",
    },
    issuer: GOVERNMENT,
    issuedOn: "2025-05-15",
    effectiveOn: "2025-07-01",
    summary: {
      vi: "Phụ lục III: danh mục công trình phải thẩm định thiết kế về phòng cháy, chữa cháy tại cơ quan công an; công trình khác tự thẩm định.",
      en: "Appendix III: the works whose fire-safety design the police must appraise; other works are self-appraised.",
    },
  }),
  document("686-2023-qd-ttg", 15, {
    number: "686/QĐ-TTg",
    type: "decision",
    title: {
      vi: "Quyết định phê duyệt Quy hoạch tỉnh Long An thời kỳ 2021–2030, tầm nhìn đến năm 2050",
      en: "Decision approving Long An's provincial plan for 2021–2030, with a vision to 2050",
    },
    issuer: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" },
    issuedOn: "2023-06-13",
    effectiveOn: null,
    summary: {
      vi: "Quy hoạch của tỉnh Long An trước khi hợp nhất vào tỉnh Tây Ninh; nêu các trung tâm logistics. Quy hoạch không có quyết định thành lập “Khu kinh tế công nghệ cao Long An”.",
      en: "Long An's plan before the province became part of Tây Ninh; names the logistics centres. It contains no decision establishing the “Long An High-Tech Economic Zone”.",
    },
  }),
  document("2968-2026-qd-ubnd", 16, {
    number: "2968/QĐ-UBND",
    type: "decision",
    title: {
      vi: "Quyết định phê duyệt điều chỉnh Quy hoạch tỉnh Tây Ninh",
      en: "Decision approving the adjusted provincial plan of Tây Ninh",
    },
    issuer: { vi: "Ủy ban nhân dân tỉnh Tây Ninh", en: "Tây Ninh Provincial People's Committee" },
    issuedOn: "2026-02-28",
    effectiveOn: null,
    summary: {
      vi: "Xác định Đức Hòa – Hậu Nghĩa là trung tâm hành chính tương lai và cực tăng trưởng về công nghệ cao, đô thị thông minh và logistics. Không có quyết định thành lập “Khu kinh tế công nghệ cao Long An”.",
      en: "Names Đức Hòa – Hậu Nghĩa as the future administrative centre and a growth pole for high technology, smart cities and logistics. It contains no decision establishing the “Long An High-Tech Economic Zone”.",
    },
  }),
  // Research notes named this resolution "1656/NQ-UBTVQH15"; published copies
  // show 1656 is Hà Nội's and Tây Ninh's is 1682/NQ-UBTVQH15 of 16 Jun 2025
  // (thuvienphapluat.vn).
  document("1682-2025-nq-ubtvqh15", 17, {
    number: "1682/NQ-UBTVQH15",
    type: "resolution",
    title: {
      vi: "Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Tây Ninh năm 2025",
      en: "Resolution on the arrangement of the commune-level administrative units of Tây Ninh province in 2025",
    },
    issuer: { vi: "Ủy ban Thường vụ Quốc hội", en: "Standing Committee of the National Assembly" },
    issuedOn: "2025-06-16",
    effectiveOn: null,
    summary: {
      vi: "Danh sách các xã, phường mới của tỉnh Tây Ninh từ ngày 01/7/2025 và các xã cũ hợp thành mỗi đơn vị.",
      en: "The new communes and wards of Tây Ninh province from 1 July 2025 and the former communes each was formed from.",
    },
  }),
  document("42-2022-nd-cp", 18, {
    number: "42/2022/NĐ-CP",
    type: "decree",
    title: {
      vi: "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
      en: "Decree on online information and public services of state agencies",
    },
    issuer: GOVERNMENT,
    issuedOn: "2022-06-24",
    effectiveOn: "2022-08-15",
    summary: {
      vi: "Yêu cầu đối với cổng thông tin điện tử của cơ quan nhà nước: tìm kiếm, in từng bài viết, văn bản có số hiệu và ngày tháng, cơ cấu tổ chức và thông tin liên hệ bằng tiếng Anh, cập nhật kịp thời.",
      en: "What a state agency's portal must offer: search, printing of each article, documents with number and dates, the organisation and contacts in English, prompt updates.",
    },
  }),
  document("06-2025-tt-btnmt", 19, {
    number: "06/2025/TT-BTNMT",
    type: "circular",
    title: {
      vi: "Thông tư ban hành Quy chuẩn kỹ thuật quốc gia về nước thải công nghiệp (QCVN 40:2025/BTNMT)",
      en: "Circular issuing the national technical regulation on industrial wastewater (QCVN 40:2025/BTNMT)",
    },
    issuer: { vi: "Bộ Tài nguyên và Môi trường", en: "Ministry of Natural Resources and Environment" },
    issuedOn: "2025-02-28",
    effectiveOn: "2025-09-01",
    summary: {
      vi: "QCVN 40:2025/BTNMT thay thế QCVN 40:2011/BTNMT; giấy phép đã cấp trước đó có thể vẫn dẫn quy chuẩn năm 2011.",
      en: "QCVN 40:2025/BTNMT replaces QCVN 40:2011/BTNMT; permits issued earlier may still cite the 2011 regulation.",
    },
  }),
  document("91-2025-qh15", 20, {
    number: "91/2025/QH15",
    type: "law",
    title: { vi: "Luật Bảo vệ dữ liệu cá nhân", en: "Law on Personal Data Protection" },
    issuer: NATIONAL_ASSEMBLY,
    issuedOn: "2025-06-26",
    effectiveOn: "2026-01-01",
    summary: {
      vi: "Sự đồng ý phải tự nguyện, cụ thể và có hiểu biết; im lặng hoặc ô đánh dấu sẵn không phải là đồng ý. Chủ thể dữ liệu có quyền truy cập, chỉnh sửa, xóa, hạn chế xử lý, phản đối và rút lại sự đồng ý.",
      en: "Consent must be voluntary, specific and informed; silence or pre-ticked boxes are not consent. Data subjects may access, correct, erase, restrict, object and withdraw consent.",
    },
  }),
  document("356-2025-nd-cp", 21, {
    number: "356/2025/NĐ-CP",
    type: "decree",
    title: {
      vi: "Nghị định quy định chi tiết Luật Bảo vệ dữ liệu cá nhân",
      en: "Decree detailing the Law on Personal Data Protection",
    },
    issuer: GOVERNMENT,
    issuedOn: "2025-12-31",
    effectiveOn: "2026-01-01",
    summary: {
      vi: "Thay thế Nghị định 13/2023/NĐ-CP. Phản hồi yêu cầu của chủ thể dữ liệu trong 2 ngày làm việc; thực hiện việc rút lại sự đồng ý, hạn chế xử lý trong 15 ngày.",
      en: "Replaces Decree 13/2023/ND-CP. Requests from data subjects are acknowledged within 2 working days; withdrawal of consent and restriction are handled within 15 days.",
    },
  }),
];
