import type { PostDoc } from "../../lib/posts/schema";
import { slugify } from "../../lib/posts/schema";
import type { PostKindCode } from "../../lib/posts/workflow";

// The posts the portal is delivered with: the news of 2025–26 an investor
// looking at the Bến Lức and Cần Giuộc areas should know. Every statement
// comes from the research notes (FACTS.md, INCENTIVES.md, revised
// 2026-12-01); each body names its sources and dates, and says plainly what
// is not confirmed. The zone itself is an orientation proposed in 2021, not
// an established economic zone, and no post says otherwise. Each post is
// published as revision 1 by nobody (no author); once it exists it belongs to
// the officials, and a re-seed never changes it (prisma/seed.ts, seedPosts).

export type SeedPost = {
  /** When the portal published it (an ISO instant, on or after the news it reports). */
  firstPublishedAt: string;
  doc: PostDoc;
};

type Text = { title: string; summary: string; body: string };

const text = ({ title, summary, body }: Text) => ({
  title,
  slug: slugify(title),
  summary,
  body,
  imageAlt: "",
  place: "",
  parties: "",
});

const post = (options: {
  firstPublishedAt: string;
  kind: PostKindCode;
  vi: Text;
  en: Text;
  relatedContent?: string;
  sectors?: string[];
  hubs?: string[];
}): SeedPost => ({
  firstPublishedAt: options.firstPublishedAt,
  doc: {
    kind: options.kind,
    texts: { vi: text(options.vi), en: text(options.en) },
    coverImageId: null,
    eventStartsAt: null,
    eventEndsAt: null,
    registrationUrl: null,
    agreementDate: null,
    relatedContent: options.relatedContent ?? null,
    sectors: [...(options.sectors ?? [])].sort(),
    hubs: [...(options.hubs ?? [])].sort(),
    parcels: [],
  },
});

const paragraphs = (...lines: string[]) => lines.join("\n\n");

export const postSeeds: SeedPost[] = [
  post({
    firstPublishedAt: "2025-07-07T02:00:00.000Z",
    kind: "NEWS",
    hubs: ["ben-luc", "can-giuoc"],
    vi: {
      title:
        "Tỉnh Long An trở thành một phần của tỉnh Tây Ninh từ ngày 01/7/2025; công bố Ban Quản lý Khu kinh tế tỉnh Tây Ninh",
      summary:
        "Từ ngày 01/7/2025, tỉnh Long An là một phần của tỉnh Tây Ninh. Ngày 04/7/2025, việc thành lập Ban Quản lý Khu kinh tế tỉnh Tây Ninh trên cơ sở hợp nhất các ban quản lý trước đây được công bố.",
      body: paragraphs(
        "## Tỉnh Tây Ninh sau sắp xếp",
        "Từ ngày 01/7/2025, tỉnh Long An là một phần của tỉnh Tây Ninh. Tỉnh Tây Ninh sau sắp xếp có diện tích khoảng 8.500 km², dân số khoảng 3,3 triệu người và 96 đơn vị hành chính cấp xã.",
        "- Không còn cấp huyện; mỗi huyện cũ được sắp xếp thành nhiều xã mới. Cổng thông tin dùng tên “khu vực Bến Lức” và “khu vực Cần Giuộc” cho địa bàn hai huyện cũ.\n- Thành phố Tân An cũ nay là các phường Long An, Tân An và Khánh Hậu; trung tâm hành chính tỉnh đặt tại phường Long An.\n- Từ ngày 28/02/2025, Sở Kế hoạch và Đầu tư trước đây là một phần của Sở Tài chính; đăng ký doanh nghiệp do Sở Tài chính thực hiện.",
        "## Ban Quản lý Khu kinh tế tỉnh Tây Ninh",
        "Ban Quản lý Khu kinh tế tỉnh Tây Ninh do Thủ tướng Chính phủ thành lập trên cơ sở hợp nhất các ban quản lý trước đây; việc thành lập được công bố ngày 04/7/2025. Ông Trương Thành Liêm giữ chức Trưởng ban; các quyết định bổ nhiệm có hiệu lực từ ngày 03/7/2025.",
        "Ban Quản lý là cơ quan cấp Giấy chứng nhận đăng ký đầu tư cho dự án trong khu công nghiệp. Địa chỉ, số điện thoại và thư điện tử của Ban Quản lý trên cổng thông tin được ghi rõ là thông tin tạm thời cho đến khi được xác nhận.",
        "Nguồn: vietnamnet.vn, baotayninh.vn (sắp xếp tỉnh); vnexpress.net, thanhnien.vn (phường Long An); laodong.vn, vietnamnews.vn (Ban Quản lý Khu kinh tế tỉnh Tây Ninh); congly.vn (Sở Tài chính).",
      ),
    },
    en: {
      title:
        "Long An becomes part of Tây Ninh province on 1 July 2025; the Tây Ninh Economic Zone Management Board is announced",
      summary:
        "From 1 July 2025 Long An province is part of Tây Ninh province. On 4 July 2025 the establishment of the Tây Ninh Economic Zone Management Board, merging the former boards, was announced.",
      body: paragraphs(
        "## Tây Ninh province after the reorganisation",
        "From 1 July 2025 Long An province is part of Tây Ninh province. The reorganised Tây Ninh province covers about 8,500 km², has about 3.3 million people and 96 commune-level units.",
        "- The district level is gone; each former district was split into several new communes. The portal calls the two former districts the “Bến Lức area” and the “Cần Giuộc area”.\n- The former Tân An city is now the wards of Long An, Tân An and Khánh Hậu; the provincial centre is in Long An ward.\n- Since 28 February 2025 the former Department of Planning and Investment has been part of the Department of Finance, which handles business registration.",
        "## Tây Ninh Economic Zone Management Board",
        "The Tây Ninh Economic Zone Management Board was established by the Prime Minister, merging the former boards; its establishment was announced on 4 July 2025. Mr Trương Thành Liêm is its head; the appointments took effect on 3 July 2025.",
        "The Board issues the Investment Registration Certificate for projects in industrial parks. The Board's address, phone number and e-mail on this portal are marked as placeholders until they are confirmed.",
        "Sources: vietnamnet.vn, baotayninh.vn (the province's reorganisation); vnexpress.net, thanhnien.vn (Long An ward); laodong.vn, vietnamnews.vn (the Tây Ninh Economic Zone Management Board); congly.vn (Department of Finance).",
      ),
    },
  }),
  post({
    firstPublishedAt: "2025-09-01T02:00:00.000Z",
    kind: "POLICY_UPDATE",
    relatedContent: "procedure-step:environment",
    hubs: ["ben-luc", "can-giuoc"],
    vi: {
      title: "QCVN 40:2025/BTNMT về nước thải công nghiệp thay thế QCVN 40:2011/BTNMT từ ngày 01/9/2025",
      summary:
        "Quy chuẩn kỹ thuật quốc gia về nước thải công nghiệp QCVN 40:2025/BTNMT, ban hành kèm theo Thông tư 06/2025/TT-BTNMT, có hiệu lực từ ngày 01/9/2025 và thay thế QCVN 40:2011/BTNMT.",
      body: paragraphs(
        "Quy chuẩn kỹ thuật quốc gia về nước thải công nghiệp **QCVN 40:2025/BTNMT**, ban hành kèm theo Thông tư 06/2025/TT-BTNMT, có hiệu lực từ ngày 01/9/2025 và thay thế QCVN 40:2011/BTNMT.",
        "## Quý nhà đầu tư cần lưu ý",
        "- Giấy phép đã cấp trước ngày 01/9/2025 có thể vẫn dẫn QCVN 40:2011/BTNMT.\n- Thông tin xử lý nước thải của từng lô đất trên cổng thông tin ghi rõ quy chuẩn xả thải, phiên bản (năm ban hành) và cột áp dụng.\n- Dự án thuộc diện phải có giấy phép môi trường cần có giấy phép trước khi vận hành, kể cả dự án theo thủ tục đầu tư đặc biệt.",
        "Nguồn: Thông tư 06/2025/TT-BTNMT, theo thông tin từ các công ty luật và báo chí (văn bản đăng Công báo chưa được đối chiếu trực tiếp).",
      ),
    },
    en: {
      title: "QCVN 40:2025/BTNMT on industrial wastewater replaces QCVN 40:2011/BTNMT from 1 September 2025",
      summary:
        "The national technical regulation on industrial wastewater QCVN 40:2025/BTNMT, issued with Circular 06/2025/TT-BTNMT, takes effect on 1 September 2025 and replaces QCVN 40:2011/BTNMT.",
      body: paragraphs(
        "The national technical regulation on industrial wastewater **QCVN 40:2025/BTNMT**, issued with Circular 06/2025/TT-BTNMT, takes effect on 1 September 2025 and replaces QCVN 40:2011/BTNMT.",
        "## What investors should note",
        "- Permits issued before 1 September 2025 may still cite QCVN 40:2011/BTNMT.\n- Each parcel's wastewater details on this portal state the discharge regulation, its version (year of issue) and the column that applies.\n- A project that needs an environmental permit must have it before operation, special-procedure projects included.",
        "Source: Circular 06/2025/TT-BTNMT, as reported by law firms and the press (the text in the Official Gazette could not be checked directly).",
      ),
    },
  }),
  post({
    firstPublishedAt: "2025-12-22T02:00:00.000Z",
    kind: "NEWS",
    sectors: ["logistics"],
    hubs: ["ben-luc"],
    vi: {
      title: "Đoạn Vành đai 3 qua tỉnh Tây Ninh (tỉnh Long An cũ) thông xe kỹ thuật ngày 19/12/2025",
      summary:
        "Ngày 19/12/2025, đoạn Vành đai 3 dài 6,8 km qua tỉnh Tây Ninh (tỉnh Long An cũ) thông xe kỹ thuật, nối cao tốc Bến Lức – Long Thành và cao tốc Thành phố Hồ Chí Minh – Trung Lương tại nút giao Mỹ Yên, khu vực Bến Lức.",
      body: paragraphs(
        "Ngày 19/12/2025, đoạn Vành đai 3 dài 6,8 km qua tỉnh Tây Ninh (địa bàn tỉnh Long An cũ) đã thông xe kỹ thuật. Đoạn tuyến nối cao tốc Bến Lức – Long Thành và cao tốc Thành phố Hồ Chí Minh – Trung Lương tại nút giao Mỹ Yên, thuộc khu vực Bến Lức.",
        "## Về dự án",
        "- Vành đai 3 dài 76,3 km, tổng mức đầu tư 75.400 tỷ đồng.\n- Mục tiêu hoàn thành toàn tuyến: ngày 30/6/2026.\n- Khu vực Bến Lức cách trung tâm Thành phố Hồ Chí Minh khoảng 30 km về phía tây nam; Vành đai 3 phục vụ khu vực này, cao tốc Bến Lức – Long Thành phục vụ khu vực Cần Giuộc.",
        "## Lưu ý",
        "Việc hoàn thành toàn tuyến theo mục tiêu ngày 30/6/2026 chưa được cổng thông tin xác nhận. Quý nhà đầu tư vui lòng kiểm tra tình trạng khai thác mới nhất trước khi tính thời gian vận chuyển.",
        "Nguồn: sggp.org.vn (tháng 12/2025).",
      ),
    },
    en: {
      title:
        "Technical opening of the Ring Road 3 section in Tây Ninh province (former Long An province) on 19 December 2025",
      summary:
        "On 19 December 2025 the 6.8 km section of Ring Road 3 in Tây Ninh province (former Long An province) had its technical opening, joining the Bến Lức–Long Thành and Ho Chi Minh City–Trung Lương expressways at the Mỹ Yên interchange in the Bến Lức area.",
      body: paragraphs(
        "On 19 December 2025 the 6.8 km section of Ring Road 3 in Tây Ninh province (the former Long An province) had its technical opening. The section joins the Bến Lức–Long Thành and Ho Chi Minh City–Trung Lương expressways at the Mỹ Yên interchange, in the Bến Lức area.",
        "## About the project",
        "- Ring Road 3 is 76.3 km long, with a total investment of VND 75,400 billion.\n- Target for completing the whole road: 30 June 2026.\n- The Bến Lức area is about 30 km south-west of central Ho Chi Minh City; Ring Road 3 serves this area, and the Bến Lức–Long Thành expressway serves the Cần Giuộc area.",
        "## Note",
        "Completion of the whole road by the 30 June 2026 target has not been confirmed by the portal. Please check the latest operating status before estimating transport times.",
        "Source: sggp.org.vn (December 2025).",
      ),
    },
  }),
  post({
    firstPublishedAt: "2026-01-05T02:00:00.000Z",
    kind: "POLICY_UPDATE",
    relatedContent: "incentive:cit",
    hubs: ["ben-luc", "can-giuoc"],
    vi: {
      title: "Từ ngày 01/10/2025, khu công nghiệp không còn là địa bàn ưu đãi thuế thu nhập doanh nghiệp",
      summary:
        "Theo Luật Thuế thu nhập doanh nghiệp 67/2025/QH15, có hiệu lực từ ngày 01/10/2025, dự án không còn được ưu đãi thuế thu nhập doanh nghiệp chỉ vì nằm trong khu công nghiệp; ưu đãi xét chủ yếu theo ngành, nghề.",
      body: paragraphs(
        "## Thay đổi",
        "Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15 (thông qua ngày 14/6/2025, có hiệu lực từ ngày 01/10/2025, áp dụng từ kỳ tính thuế năm 2025) không còn quy định khu công nghiệp là địa bàn ưu đãi thuế. Dự án không được hưởng ưu đãi thuế thu nhập doanh nghiệp chỉ vì nằm trong khu công nghiệp. Nghị định 320/2025/NĐ-CP ngày 15/12/2025 quy định chi tiết Luật.",
        "## Những gì vẫn áp dụng",
        "- Ưu đãi theo ngành, nghề: thuế suất 10% trong 15 năm, miễn thuế 4 năm và giảm 50% số thuế phải nộp trong 9 năm tiếp theo cho các ngành như phần mềm, chip bán dẫn, sản phẩm công nghệ số trọng điểm, sản phẩm công nghiệp hỗ trợ ưu tiên phát triển đáp ứng điều kiện; thuế suất 17% trong 10 năm, miễn thuế 2 năm và giảm 50% trong 4 năm tiếp theo cho một số ngành khác.\n- Dự án được cấp phép trước ngày 01/10/2025 tiếp tục hưởng ưu đãi đã được cấp cho thời gian còn lại (ví dụ: miễn thuế 2 năm và giảm 50% trong 4 năm tiếp theo đối với dự án trong khu công nghiệp).\n- Thuế suất phổ thông là 20%.",
        "“Khu kinh tế công nghệ cao Long An” là định hướng đề xuất năm 2021, chưa được thành lập; vì vậy hiện không có ưu đãi theo địa bàn “khu kinh tế” cho dự án tại khu vực Bến Lức và Cần Giuộc.",
        "Các mức ưu đãi trên chỉ mang tính tham khảo. Ưu đãi do doanh nghiệp tự xác định khi kê khai quyết toán thuế và được cơ quan thuế xác nhận.",
        "Nguồn: kpmg.com, vov.vn, laodong.vn (Luật 67/2025/QH15, Nghị định 320/2025/NĐ-CP).",
      ),
    },
    en: {
      title: "From 1 October 2025 industrial parks are no longer a corporate income tax incentive location",
      summary:
        "Under the Law on Corporate Income Tax 67/2025/QH15, effective 1 October 2025, a project no longer gets a corporate income tax incentive only because it is in an industrial park; incentives depend mainly on the sector.",
      body: paragraphs(
        "## The change",
        "The Law on Corporate Income Tax 67/2025/QH15 (passed on 14 June 2025, effective 1 October 2025, applying from the 2025 tax period) no longer makes industrial parks a tax incentive location. A project gets no corporate income tax incentive only because it is in an industrial park. Decree 320/2025/ND-CP of 15 December 2025 gives the details.",
        "## What still applies",
        "- Sector incentives: 10 % for 15 years, 4 years exempt and then 50 % off the tax due for 9 years for sectors such as software, semiconductor chips, key digital-technology products and priority supporting-industry products meeting the conditions; 17 % for 10 years, 2 years exempt and then 50 % off for 4 years for certain other sectors.\n- Projects licensed before 1 October 2025 keep the incentives they were granted for the remaining period (for example, 2 years exempt and 50 % off for the next 4 years for a project in an industrial park).\n- The standard rate is 20 %.",
        "The “Long An High-Tech Economic Zone” is an orientation proposed in 2021 and has not been established; so there is no “economic zone” location incentive for a project in the Bến Lức and Cần Giuộc areas today.",
        "These incentives are indicative. Incentives are applied by the enterprise in its tax return and confirmed by the tax authority.",
        "Sources: kpmg.com, vov.vn, laodong.vn (Law 67/2025/QH15, Decree 320/2025/ND-CP).",
      ),
    },
  }),
  post({
    firstPublishedAt: "2026-12-01T02:00:00.000Z",
    kind: "NEWS",
    hubs: ["can-giuoc"],
    vi: {
      title: "Khu kinh tế công nghệ cao Long An: định hướng đề xuất năm 2021 và tình trạng hiện nay",
      summary:
        "“Khu kinh tế công nghệ cao Long An” là định hướng do tỉnh Long An đề xuất năm 2021, chưa phải khu kinh tế đã được thành lập. Quỹ đất giới thiệu trên cổng thông tin nằm trong các khu công nghiệp hiện có và khu vực quanh Bến Lức, Cần Giuộc.",
      body: paragraphs(
        "## Đề xuất năm 2021",
        "Tại hội thảo ngày 19/4/2021 với Phó Thủ tướng Thường trực, tỉnh Long An đề xuất định hướng “Khu kinh tế công nghệ cao Long An” với quy mô khoảng 32.000 ha, gồm huyện Cần Giuộc cũ và một phần huyện Cần Đước, theo mô hình thành phố thông minh của Hàn Quốc.",
        "## Tình trạng hiện nay",
        "Chưa có quyết định thành lập khu kinh tế này. Định hướng không có trong Quy hoạch tỉnh Long An (Quyết định 686/QĐ-TTg ngày 13/6/2023) cũng như Quy hoạch tỉnh Tây Ninh điều chỉnh (Quyết định 2968/QĐ-UBND ngày 28/02/2026); từ ngày 01/7/2025, tỉnh Long An là một phần của tỉnh Tây Ninh.",
        "Quy hoạch tỉnh Tây Ninh điều chỉnh xác định Đức Hòa – Hậu Nghĩa là trung tâm hành chính tương lai và cực tăng trưởng về công nghệ cao, đô thị thông minh và logistics.",
        "## Ý nghĩa đối với Quý nhà đầu tư",
        "- Cổng thông tin giữ tên gọi “Khu kinh tế công nghệ cao Long An” làm thương hiệu; đây là định hướng, không phải khu kinh tế đã được thành lập.\n- Quỹ đất giới thiệu nằm trong các khu công nghiệp hiện có và khu vực quanh Bến Lức, Cần Giuộc.\n- Hiện không có ưu đãi theo địa bàn “khu kinh tế” cho dự án tại đây; ưu đãi áp dụng chủ yếu theo ngành, nghề.",
        "Nguồn: vnexpress.net, cafef.vn, vietnamplus.vn, dangcongsan.vn (đề xuất năm 2021 và các quy hoạch tỉnh); dantri.com.vn, sggp.org.vn (Quy hoạch tỉnh Tây Ninh điều chỉnh). Thông tin cập nhật đến ngày 01/12/2026.",
      ),
    },
    en: {
      title: "Long An High-Tech Economic Zone: the orientation proposed in 2021 and where it stands today",
      summary:
        "The “Long An High-Tech Economic Zone” is an orientation proposed by Long An province in 2021, not an established economic zone. The land on offer on this portal lies in existing industrial parks and the areas around Bến Lức and Cần Giuộc.",
      body: paragraphs(
        "## The 2021 proposal",
        "At a seminar on 19 April 2021 with the Standing Deputy Prime Minister, Long An province proposed the “Long An High-Tech Economic Zone” orientation: about 32,000 ha covering the former Cần Giuộc district and part of Cần Đước, on a Korean smart-city model.",
        "## Where it stands today",
        "No decision establishing the zone has been found. The orientation is not in Long An's provincial plan (Decision 686/QĐ-TTg of 13 June 2023) nor in Tây Ninh's adjusted provincial plan (Decision 2968/QĐ-UBND of 28 February 2026); since 1 July 2025 Long An province has been part of Tây Ninh province.",
        "Tây Ninh's adjusted provincial plan names Đức Hòa – Hậu Nghĩa as the future administrative centre and a growth pole for high technology, smart cities and logistics.",
        "## What this means for investors",
        "- The portal keeps the name “Long An High-Tech Economic Zone” as its brand; it is an orientation, not an established economic zone.\n- The land on offer lies in existing industrial parks and the areas around Bến Lức and Cần Giuộc.\n- There is no “economic zone” location incentive for a project here today; incentives apply mainly by sector.",
        "Sources: vnexpress.net, cafef.vn, vietnamplus.vn, dangcongsan.vn (the 2021 proposal and the provincial plans); dantri.com.vn, sggp.org.vn (Tây Ninh's adjusted provincial plan). Information as of 1 December 2026.",
      ),
    },
  }),
];
