import type { SeedEntry } from "./types";

// The site's settings (one entry). The Board's real office address, phone and
// e-mail were not found (FACTS.md, "Administrative situation"): the contacts
// stay placeholders under the reserved `.example` domain, marked unverified,
// until an administrator enters the real ones. Tân An is no longer a city, so
// the address names phường Long An, where the provincial centre is (the
// office itself is unconfirmed: `contactsVerified: false` covers the address too).
export const siteEntries: SeedEntry[] = [
  {
    kind: "site",
    key: "site",
    sortOrder: 0,
    doc: {
      brandName: { vi: "Khu kinh tế công nghệ cao Long An", en: "Long An High-Tech Economic Zone" },
      authorityName: {
        vi: "Ban Quản lý Khu kinh tế tỉnh Tây Ninh",
        en: "Tây Ninh Economic Zone Management Board",
      },
      address: {
        vi: "Phường Long An, tỉnh Tây Ninh, Việt Nam",
        en: "Long An ward, Tây Ninh province, Vietnam",
      },
      tagline: {
        vi: "Định hướng khu kinh tế công nghệ cao do tỉnh Long An đề xuất năm 2021, chưa được thành lập. Quỹ đất giới thiệu nằm trong các khu công nghiệp hiện có và khu vực quanh Bến Lức, Cần Giuộc, liền kề Thành phố Hồ Chí Minh.",
        en: "A high-tech economic zone orientation proposed by Long An province in 2021, not yet established. The land on offer lies in existing industrial parks and the areas around Bến Lức and Cần Giuộc, next to Ho Chi Minh City.",
      },
      zoneStatus: {
        vi: "“Khu kinh tế công nghệ cao Long An” là định hướng do tỉnh Long An đề xuất năm 2021 (hội thảo ngày 19/4/2021 với Phó Thủ tướng Thường trực; đề xuất khoảng 32.000 ha gồm huyện Cần Giuộc cũ và một phần huyện Cần Đước, theo mô hình thành phố thông minh của Hàn Quốc). Chưa có quyết định thành lập khu kinh tế này: định hướng không có trong Quy hoạch tỉnh Long An (Quyết định 686/QĐ-TTg ngày 13/6/2023) cũng như Quy hoạch tỉnh Tây Ninh điều chỉnh (Quyết định 2968/QĐ-UBND ngày 28/02/2026). Cổng thông tin giữ tên gọi này làm thương hiệu; quỹ đất giới thiệu nằm trong các khu công nghiệp hiện có và khu vực quanh Bến Lức, Cần Giuộc. Vì vậy hiện không có ưu đãi theo địa bàn “khu kinh tế” cho dự án tại đây; ưu đãi áp dụng chủ yếu theo ngành, nghề.",
        en: "The “Long An High-Tech Economic Zone” is an orientation proposed by Long An province in 2021 (a seminar on 19 April 2021 with the Standing Deputy Prime Minister; a proposal of about 32,000 ha covering the former Cần Giuộc district and part of Cần Đước, on a Korean smart-city model). No decision establishing the zone has been found: the orientation is not in Long An's provincial plan (Decision 686/QĐ-TTg of 13 June 2023) nor in Tây Ninh's adjusted provincial plan (Decision 2968/QĐ-UBND of 28 February 2026). The portal keeps the name as its brand; the land on offer lies in existing industrial parks and the areas around Bến Lức and Cần Giuộc. There is therefore no “economic zone” location incentive for a project here today; incentives apply mainly by sector.",
      },
      zoneStatusAsOf: "2026-12-01",
      email: "dautu@longan-hitech.example",
      phone: "+84 272 000 0000",
      websiteUrl: "",
      contactsVerified: false,
    },
  },
];
