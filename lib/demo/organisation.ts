// Demo organisation: Ninh Thuận before the 2025 merger (DESIGN §4).
// Pure data. Department and district names are the real pre-2025 units.
// Commune-level names are the pre-2025 wards / communes / townships as listed
// for the province (16 + 9 + 8 + 9 + 9 + 6 + 8 = 65). One secondary source
// counts 62 units in 2022 (12 wards in Phan Rang–Tháp Chàm); the demo keeps
// the 65 of DESIGN §4. A name we were not sure is real is marked synthetic.

import type { AdminLevel, AgencyKind, Role } from "../generated/prisma/enums";
export type AgencySeed = {
  code: string;
  name: string;
  shortName?: string;
  kind: AgencyKind;
  level: AdminLevel;
  parentCode?: string;
  synthetic: boolean;
};

export const PROVINCE = {
  name: "Ninh Thuận",
  code: "58",
  validFrom: "2021-01-01",
  mergedInto: "Khánh Hòa",
  mergedOn: "2025-07-01",
} as const;

function dept(code: string, name: string, shortName: string): AgencySeed {
  return { code, name, shortName, kind: "DEPARTMENT", level: "PROVINCE", synthetic: false };
}

export const DEPARTMENTS: AgencySeed[] = [
  dept("VPUB", "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh"),
  dept("SNV", "Sở Nội vụ", "Sở Nội vụ"),
  dept("STP", "Sở Tư pháp", "Sở Tư pháp"),
  dept("STC", "Sở Tài chính", "Sở Tài chính"),
  dept("SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
  dept("SCT", "Sở Công Thương", "Sở Công Thương"),
  dept("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"),
  dept("STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT"),
  dept("SXD", "Sở Xây dựng", "Sở Xây dựng"),
  dept("SGTVT", "Sở Giao thông vận tải", "Sở GTVT"),
  dept("SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
  dept("SYT", "Sở Y tế", "Sở Y tế"),
  dept("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH"),
  dept("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VH-TT&DL"),
  dept("STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT"),
  dept("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN"),
  dept("TTT", "Thanh tra tỉnh", "Thanh tra tỉnh"),
  dept("BDT", "Ban Dân tộc", "Ban Dân tộc"),
  dept("BQLKCN", "Ban Quản lý các khu công nghiệp", "BQL các KCN"),
];

function district(code: string, name: string, shortName: string): AgencySeed {
  return { code, name, shortName, kind: "DISTRICT", level: "DISTRICT", synthetic: false };
}

export const DISTRICTS: AgencySeed[] = [
  district("H-PRTC", "Thành phố Phan Rang–Tháp Chàm", "TP Phan Rang–Tháp Chàm"),
  district("H-BA", "Huyện Bác Ái", "Bác Ái"),
  district("H-NS", "Huyện Ninh Sơn", "Ninh Sơn"),
  district("H-NH", "Huyện Ninh Hải", "Ninh Hải"),
  district("H-NP", "Huyện Ninh Phước", "Ninh Phước"),
  district("H-TB", "Huyện Thuận Bắc", "Thuận Bắc"),
  district("H-TN", "Huyện Thuận Nam", "Thuận Nam"),
];

/** Commune-level names per district: [prefix + name]. */
const COMMUNE_NAMES: Record<string, string[]> = {
  "H-PRTC": [
    "Phường Bảo An", "Phường Đài Sơn", "Phường Đạo Long", "Phường Đô Vinh",
    "Phường Đông Hải", "Phường Kinh Dinh", "Phường Mỹ Bình", "Phường Mỹ Đông",
    "Phường Mỹ Hải", "Phường Mỹ Hương", "Phường Phủ Hà", "Phường Phước Mỹ",
    "Phường Tấn Tài", "Phường Thanh Sơn", "Phường Văn Hải", "Xã Thành Hải",
  ],
  "H-BA": [
    "Xã Phước Bình", "Xã Phước Chính", "Xã Phước Đại", "Xã Phước Hòa",
    "Xã Phước Tân", "Xã Phước Thắng", "Xã Phước Thành", "Xã Phước Tiến",
    "Xã Phước Trung",
  ],
  "H-NS": [
    "Thị trấn Tân Sơn", "Xã Hòa Sơn", "Xã Lâm Sơn", "Xã Lương Sơn",
    "Xã Ma Nới", "Xã Mỹ Sơn", "Xã Nhơn Sơn", "Xã Quảng Sơn",
  ],
  "H-NH": [
    "Thị trấn Khánh Hải", "Xã Hộ Hải", "Xã Nhơn Hải", "Xã Phương Hải",
    "Xã Tân Hải", "Xã Thanh Hải", "Xã Tri Hải", "Xã Vĩnh Hải", "Xã Xuân Hải",
  ],
  "H-NP": [
    "Thị trấn Phước Dân", "Xã An Hải", "Xã Phước Hải", "Xã Phước Hậu",
    "Xã Phước Hữu", "Xã Phước Sơn", "Xã Phước Thái", "Xã Phước Thuận",
    "Xã Phước Vinh",
  ],
  "H-TB": [
    "Xã Bắc Phong", "Xã Bắc Sơn", "Xã Công Hải", "Xã Lợi Hải",
    "Xã Phước Chiến", "Xã Phước Kháng",
  ],
  "H-TN": [
    "Xã Cà Ná", "Xã Nhị Hà", "Xã Phước Diêm", "Xã Phước Dinh",
    "Xã Phước Hà", "Xã Phước Minh", "Xã Phước Nam", "Xã Phước Ninh",
  ],
};

/** Names we are not sure existed as separate units in 2021–2024. */
const UNCERTAIN_NAMES = new Set<string>([]);

export const COMMUNES: AgencySeed[] = Object.entries(COMMUNE_NAMES).flatMap(([parentCode, names]) =>
  names.map((name, i): AgencySeed => ({
    code: `X-${parentCode.slice(2)}-${String(i + 1).padStart(2, "0")}`,
    name,
    shortName: name.replace(/^(Phường|Xã|Thị trấn) /, ""),
    kind: "COMMUNE",
    level: "COMMUNE",
    parentCode,
    synthetic: UNCERTAIN_NAMES.has(name),
  })),
);

/** All agencies, parents before children. */
export const AGENCIES: AgencySeed[] = [...DEPARTMENTS, ...DISTRICTS, ...COMMUNES];

export type DemoRole = Role;

export type DemoUserSeed = {
  username: string;
  fullName: string;
  email: string;
  role: DemoRole;
  agencyCode?: string;
};

function user(username: string, fullName: string, role: DemoRole, agencyCode?: string): DemoUserSeed {
  return { username, fullName, email: `${username}@demo.ninhthuan.gov.vn`, role, agencyCode };
}

/** Fictional people, one per role plus several agency users. */
export const DEMO_USERS: DemoUserSeed[] = [
  user("lanhdao", "Trần Quốc Bảo", "LEADER"),
  user("sonoivu", "Nguyễn Thị Thu Hà", "HOME_AFFAIRS", "SNV"),
  user("thanhtra", "Lê Văn Hùng", "INSPECTOR", "TTT"),
  user("quantri", "Phạm Minh Tuấn", "ADMIN"),
  user("stuphap", "Võ Thị Mỹ Linh", "AGENCY", "STP"),
  user("syte", "Đặng Văn Khoa", "AGENCY", "SYT"),
  user("prtc", "Huỳnh Thị Ngọc Anh", "AGENCY", "H-PRTC"),
  user("ninhson", "Bùi Đức Thắng", "AGENCY", "H-NS"),
];

export const DEMO_PASSWORD = "CCHC@2026";
