import type { SeedEntry } from "./types";

// The six priority sectors. "What the area offers" states only facts from the
// shared research notes (FACTS.md): the port, the expressways and ring road,
// the industrial parks near each hub, Tây Ninh's adjusted plan of Feb 2026.
// The incentive tier a sector gets is not repeated here: the sector page reads
// it from the incentive rules.

const sharedAccessVi = [
  "- Cảng Quốc tế Long An (Tân Tập, sông Soài Rạp): 147 ha, 7 bến cho tàu 30.000–70.000 DWT, cách cảng Hiệp Phước khoảng 10 km đường bộ.",
  "- Cao tốc Thành phố Hồ Chí Minh – Trung Lương và Vành đai 3 (đoạn qua tỉnh, thông xe kỹ thuật ngày 19/12/2025) gặp nhau tại nút giao Mỹ Yên, khu vực Bến Lức; cao tốc Bến Lức – Long Thành (đã thông xe một phần) phục vụ khu vực Cần Giuộc.",
  "- Sân bay quốc tế Long Thành: chuyến bay đầu tiên ngày 19/12/2025, dự kiến khai thác thương mại từ giữa năm 2026 (chưa xác minh); giai đoạn 1 có công suất 1,2 triệu tấn hàng hóa mỗi năm.",
].join("\n");
const sharedAccessEn = [
  "- Long An International Port (Tân Tập, on the Soài Rạp river): 147 ha, 7 berths for 30,000–70,000 DWT vessels, about 10 km by road from Hiệp Phước port.",
  "- The Ho Chi Minh City–Trung Lương expressway and Ring Road 3 (the section in the province had its technical opening on 19 December 2025) meet at the Mỹ Yên interchange in the Bến Lức area; the Bến Lức–Long Thành expressway (partly open) serves the Cần Giuộc area.",
  "- Long Thành International Airport: first flights on 19 December 2025, commercial operation expected from mid-2026 (not verified); phase 1 handles 1.2 million tonnes of cargo a year.",
].join("\n");

const parksVi =
  "Khu công nghiệp đang hoạt động gần hai khu vực: Thuận Đạo, Vĩnh Lộc 2, Phú An Thạnh, Nhựt Chánh (khu vực Bến Lức); Long Hậu (khoảng 324 ha), Tân Kim, Bắc Tân Lập và Khu công nghiệp Đông Nam Á Long An (396 ha, gắn với cảng) (khu vực Cần Giuộc). Toàn tỉnh Tây Ninh có 46 khu công nghiệp (khoảng 13.900 ha), trong đó 28 khu (khoảng 8.000 ha) đã hoàn thiện hạ tầng.";
const parksEn =
  "Industrial parks operating near the two areas: Thuận Đạo, Vĩnh Lộc 2, Phú An Thạnh, Nhựt Chánh (Bến Lức area); Long Hậu (about 324 ha), Tân Kim, Bắc Tân Lập and Long An Southeast Asia Industrial Park (396 ha, with the port) (Cần Giuộc area). Tây Ninh province has 46 industrial parks (about 13,900 ha), 28 of them (about 8,000 ha) with finished infrastructure.";

const planVi =
  "Quy hoạch tỉnh Tây Ninh điều chỉnh (Quyết định 2968/QĐ-UBND ngày 28/02/2026) xác định Đức Hòa – Hậu Nghĩa là trung tâm hành chính tương lai và cực tăng trưởng về công nghệ cao, đô thị thông minh và logistics.";
const planEn =
  "Tây Ninh's adjusted provincial plan (Decision 2968/QĐ-UBND of 28 February 2026) names Đức Hòa – Hậu Nghĩa as the future administrative centre and a growth pole for high technology, smart cities and logistics.";

const sector = (
  key: string,
  sortOrder: number,
  name: { vi: string; en: string },
  summary: { vi: string; en: string },
  offer: { vi: string[]; en: string[] },
): SeedEntry => ({
  kind: "sector",
  key,
  sortOrder,
  doc: { name, summary, offer: { vi: offer.vi.join("\n\n"), en: offer.en.join("\n\n") } },
});

export const sectorEntries: SeedEntry[] = [
  sector(
    "electronics",
    0,
    { vi: "Điện tử", en: "Electronics" },
    {
      vi: "Sản xuất linh kiện, thiết bị và sản phẩm điện tử, gần cảng biển và các sân bay phục vụ xuất khẩu.",
      en: "Manufacturing of electronic components, devices and products, close to a seaport and the airports that serve exports.",
    },
    {
      vi: [
        "Nhà máy điện tử cần mặt bằng sẵn hạ tầng và đường vận chuyển ngắn ra cảng, sân bay. Khu vực Bến Lức và Cần Giuộc có:",
        sharedAccessVi,
        parksVi,
      ],
      en: [
        "Electronics plants need serviced land and short routes to a port and an airport. The Bến Lức and Cần Giuộc areas have:",
        sharedAccessEn,
        parksEn,
      ],
    },
  ),
  sector(
    "telecommunications",
    1,
    { vi: "Viễn thông", en: "Telecommunications" },
    {
      vi: "Sản xuất thiết bị và phát triển hạ tầng viễn thông.",
      en: "Manufacturing of telecoms equipment and development of telecoms infrastructure.",
    },
    {
      vi: [
        "Sản xuất thiết bị viễn thông có cùng nhu cầu như ngành điện tử: mặt bằng sẵn hạ tầng trong khu công nghiệp, đường vận chuyển ngắn ra cảng và sân bay.",
        sharedAccessVi,
        parksVi,
      ],
      en: [
        "Telecoms equipment manufacturing has the same needs as electronics: serviced land in an industrial park and short routes to a port and an airport.",
        sharedAccessEn,
        parksEn,
      ],
    },
  ),
  sector(
    "it-digital-economy",
    2,
    { vi: "Công nghệ thông tin và kinh tế số", en: "IT and digital economy" },
    {
      vi: "Phần mềm, an ninh mạng, trung tâm dữ liệu và dịch vụ số, gần Thành phố Hồ Chí Minh.",
      en: "Software, cybersecurity, data centres and digital services, close to Ho Chi Minh City.",
    },
    {
      vi: [
        "Khu vực Bến Lức cách trung tâm Thành phố Hồ Chí Minh khoảng 30 km về phía tây nam; Cảng Quốc tế Long An (khu vực Cần Giuộc) cách trung tâm Thành phố 30–40 km.",
        planVi,
        "Định hướng “Khu kinh tế công nghệ cao Long An” đề xuất năm 2021 theo mô hình thành phố thông minh chưa được thành lập; dự án công nghệ thông tin hiện đặt tại các khu công nghiệp và khu vực hiện có.",
      ],
      en: [
        "The Bến Lức area is about 30 km south-west of central Ho Chi Minh City; Long An International Port (Cần Giuộc area) is 30–40 km from the city centre.",
        planEn,
        "The “Long An High-Tech Economic Zone” orientation proposed in 2021 on a smart-city model has not been established; IT projects are located in the existing industrial parks and areas.",
      ],
    },
  ),
  sector(
    "high-tech-agriculture",
    3,
    { vi: "Nông nghiệp công nghệ cao", en: "High-tech agriculture" },
    {
      vi: "Giống, chế biến nông sản và công nghệ sau thu hoạch, ở cửa ngõ Đồng bằng sông Cửu Long.",
      en: "Seeds, farm-produce processing and post-harvest technology, at the gateway to the Mekong Delta.",
    },
    {
      vi: [
        "Khu vực Bến Lức và Cần Giuộc nằm giữa Thành phố Hồ Chí Minh và Đồng bằng sông Cửu Long, trên cao tốc Thành phố Hồ Chí Minh – Trung Lương.",
        "- Nông sản chế biến xuất khẩu qua Cảng Quốc tế Long An (Tân Tập) hoặc cảng Hiệp Phước, cách khoảng 10 km đường bộ.\n- Quy hoạch trung tâm logistics Phước Vĩnh Đông (khoảng 71,2 ha, khu vực Cần Giuộc) đang kêu gọi đầu tư (theo báo cáo năm 2022–2023).",
      ],
      en: [
        "The Bến Lức and Cần Giuộc areas lie between Ho Chi Minh City and the Mekong Delta, on the Ho Chi Minh City–Trung Lương expressway.",
        "- Processed produce is exported through Long An International Port (Tân Tập) or Hiệp Phước port, about 10 km away by road.\n- A logistics centre at Phước Vĩnh Đông (about 71.2 ha, Cần Giuộc area) is calling for investment (as reported in 2022–2023).",
      ],
    },
  ),
  sector(
    "supporting-industries",
    4,
    { vi: "Công nghiệp hỗ trợ", en: "Supporting industries" },
    {
      vi: "Linh kiện, khuôn mẫu, vật liệu và cơ khí chính xác cho các chuỗi cung ứng công nghệ cao.",
      en: "Components, tooling, materials and precision engineering for high-tech supply chains.",
    },
    {
      vi: [
        "Doanh nghiệp công nghiệp hỗ trợ đặt nhà máy gần khách hàng và cảng. Tỉnh Tây Ninh có 46 khu công nghiệp; gần khu vực Bến Lức và Cần Giuộc là Thuận Đạo, Vĩnh Lộc 2, Phú An Thạnh, Nhựt Chánh, Long Hậu, Tân Kim, Bắc Tân Lập và Khu công nghiệp Đông Nam Á Long An.",
        sharedAccessVi,
      ],
      en: [
        "Supporting-industry firms locate close to their customers and to a port. Tây Ninh province has 46 industrial parks; near the Bến Lức and Cần Giuộc areas are Thuận Đạo, Vĩnh Lộc 2, Phú An Thạnh, Nhựt Chánh, Long Hậu, Tân Kim, Bắc Tân Lập and Long An Southeast Asia Industrial Park.",
        sharedAccessEn,
      ],
    },
  ),
  sector(
    "logistics",
    5,
    { vi: "Logistics", en: "Logistics" },
    {
      vi: "Kho bãi, trung tâm phân phối và dịch vụ cảng tại khu vực Bến Lức và Cần Giuộc, gần Vành đai 3 và các tuyến cao tốc.",
      en: "Warehousing, distribution centres and port services in the Bến Lức and Cần Giuộc areas, near Ring Road 3 and the expressways.",
    },
    {
      vi: [
        sharedAccessVi,
        "Các trung tâm logistics trong quy hoạch tỉnh Long An (theo báo cáo năm 2022–2023; tình trạng năm 2025–2026 chưa xác minh):\n- Khu vực cảng Tân Tập: khoảng 147 ha, đang hoạt động.\n- Thạnh Lợi (khu vực Bến Lức): khoảng 16 ha, trong đó 6 ha đã được Công ty CP Minh Mẫn Long An đầu tư.\n- Lương Hòa (khu vực Bến Lức, khoảng 50 ha) và Phước Vĩnh Đông (khu vực Cần Giuộc, khoảng 71,2 ha): đang kêu gọi đầu tư.\n- Thạnh Phú (khu vực Bến Lức, khoảng 10 ha): các nguồn chưa thống nhất về việc đã hoạt động hay chưa.",
        planVi,
      ],
      en: [
        sharedAccessEn,
        "Logistics centres in Long An's provincial plan (as reported in 2022–2023; their 2025–2026 status is not verified):\n- Tân Tập port area: about 147 ha, operating.\n- Thạnh Lợi (Bến Lức area): about 16 ha, 6 ha of it already invested by Minh Mẫn Long An JSC.\n- Lương Hòa (Bến Lức area, about 50 ha) and Phước Vĩnh Đông (Cần Giuộc area, about 71.2 ha): calling for investment.\n- Thạnh Phú (Bến Lức area, about 10 ha): sources conflict on whether it operates.",
        planEn,
      ],
    },
  ),
];
