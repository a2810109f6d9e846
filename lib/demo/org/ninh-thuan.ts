// Old Ninh Thuận (until 30/06/2025): its departments, the city and districts, the commune-level
// units (DESIGN §4), and the departments it formed on 01/03/2025 (Nghị định 45/2025/NĐ-CP). The
// department and district names are the real ones. Commune-level names are the pre-2025 wards,
// communes and townships (16 + 9 + 8 + 9 + 9 + 6 + 8 = 65); on 01/11/2024 NQ 1198/NQ-UBTVQH15 merged
// Mỹ Hương and Tấn Tài into Kinh Dinh and Thanh Sơn into Phủ Hà (62 left).
import {
  DEPARTMENTS_MERGED_ON, department2025, NT_COMMUNES_MERGED_ON, OLD_UNITS_FROM, PROVINCES_MERGED_ON, dayBefore, shortNameOf, type AgencySeed,
} from "./seed-types";

const END = dayBefore(PROVINCES_MERGED_ON);
const MARCH_END = dayBefore(DEPARTMENTS_MERGED_ON);

function dept(code: string, name: string, shortName: string, validTo = END): AgencySeed {
  return { code, name: `${name} tỉnh Ninh Thuận`, shortName, kind: "DEPARTMENT", level: "PROVINCE", synthetic: false, validFrom: OLD_UNITS_FROM, validTo, territory: "NT" };
}

const dept25 = (code: string, name: string, shortName: string) => department2025("NT", code, name, shortName);

/** The departments in force 2021–02/2025; those merged on 01/03/2025 end the day before. */
export const NT_DEPARTMENTS: AgencySeed[] = [
  dept("VPUB", "Văn phòng Ủy ban nhân dân", "VP UBND tỉnh"),
  dept("SNV", "Sở Nội vụ", "Sở Nội vụ", MARCH_END),
  dept("STP", "Sở Tư pháp", "Sở Tư pháp"),
  dept("STC", "Sở Tài chính", "Sở Tài chính", MARCH_END),
  dept("SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", MARCH_END),
  dept("SCT", "Sở Công Thương", "Sở Công Thương"),
  dept("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", MARCH_END),
  dept("STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT", MARCH_END),
  dept("SXD", "Sở Xây dựng", "Sở Xây dựng", MARCH_END),
  dept("SGTVT", "Sở Giao thông vận tải", "Sở GTVT", MARCH_END),
  dept("SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
  dept("SYT", "Sở Y tế", "Sở Y tế"),
  dept("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", MARCH_END),
  dept("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VH-TT&DL"),
  dept("STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT", MARCH_END),
  dept("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", MARCH_END),
  dept("TTT", "Thanh tra tỉnh", "Thanh tra tỉnh"),
  dept("BDT", "Ban Dân tộc", "Ban Dân tộc", MARCH_END),
  dept("BQLKCN", "Ban Quản lý các khu công nghiệp", "BQL các KCN"),
];

/** The departments Ninh Thuận formed on 01/03/2025 by merging the ones above (in force until 30/06/2025). */
export const NT_DEPARTMENTS_2025: AgencySeed[] = [
  dept25("SNV", "Sở Nội vụ", "Sở Nội vụ"),
  dept25("STC", "Sở Tài chính", "Sở Tài chính"),
  dept25("SNNMT", "Sở Nông nghiệp và Môi trường", "Sở NN&MT"),
  dept25("SXD", "Sở Xây dựng", "Sở Xây dựng"),
  dept25("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN"),
  dept25("SDTTG", "Sở Dân tộc và Tôn giáo", "Sở DT&TG"),
];

function district(code: string, name: string, shortName: string, weight: number): AgencySeed {
  return { code, name, shortName, kind: "DISTRICT", level: "DISTRICT", synthetic: false, validFrom: OLD_UNITS_FROM, validTo: END, territory: "NT", weight };
}

/** Relative workload of the district-level units (roughly their population). */
export const NT_DISTRICTS: AgencySeed[] = [
  district("H-PRTC", "Thành phố Phan Rang–Tháp Chàm", "TP Phan Rang–Tháp Chàm", 0.3),
  district("H-BA", "Huyện Bác Ái", "Bác Ái", 0.05),
  district("H-NS", "Huyện Ninh Sơn", "Ninh Sơn", 0.13),
  district("H-NH", "Huyện Ninh Hải", "Ninh Hải", 0.15),
  district("H-NP", "Huyện Ninh Phước", "Ninh Phước", 0.16),
  district("H-TB", "Huyện Thuận Bắc", "Thuận Bắc", 0.08),
  district("H-TN", "Huyện Thuận Nam", "Thuận Nam", 0.1),
];

/** Commune-level names per district, in code order. */
const NT_COMMUNE_NAMES: Record<string, string[]> = {
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

/** Merged into a neighbour on 01/11/2024 (NQ 1198/NQ-UBTVQH15): name → the ward that absorbed it. */
export const NT_MERGED_2024: Readonly<Record<string, string>> = {
  "Phường Mỹ Hương": "Phường Kinh Dinh",
  "Phường Tấn Tài": "Phường Kinh Dinh",
  "Phường Thanh Sơn": "Phường Phủ Hà",
};

export const NT_COMMUNES: AgencySeed[] = Object.entries(NT_COMMUNE_NAMES).flatMap(([parentCode, names]) =>
  names.map((name, i): AgencySeed => ({
    code: `X-${parentCode.slice(2)}-${String(i + 1).padStart(2, "0")}`,
    name,
    shortName: shortNameOf(name),
    kind: "COMMUNE",
    level: "COMMUNE",
    parentCode,
    synthetic: false,
    validFrom: OLD_UNITS_FROM,
    validTo: NT_MERGED_2024[name] ? dayBefore(NT_COMMUNES_MERGED_ON) : END,
    territory: "NT",
  })),
);
