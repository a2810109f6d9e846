// Old Khánh Hòa (until 30/06/2025): its 21 departments (reference/indices.md §1.4), the nine cities,
// town and districts with their 132 commune-level units (the number its 2025 plan started from), and
// the departments it formed on 01/03/2025. Names are the real units'; the commune lists are those NQ
// 1667/NQ-UBTVQH15 rearranged, so 2021–2024 are shown with the units of early 2025 (an earlier
// merger of communes, if any, is not recorded: demo simplification).
import { DEPARTMENTS_MERGED_ON, department2025, OLD_UNITS_FROM, PROVINCES_MERGED_ON, dayBefore, shortNameOf, type AgencySeed } from "./seed-types";

const END = dayBefore(PROVINCES_MERGED_ON);
const MARCH_END = dayBefore(DEPARTMENTS_MERGED_ON);

function dept(code: string, name: string, shortName: string, validTo = END): AgencySeed {
  return {
    code: `KH-${code}`, name: `${name} tỉnh Khánh Hòa`, shortName, kind: "DEPARTMENT", level: "PROVINCE",
    synthetic: false, validFrom: OLD_UNITS_FROM, validTo, territory: "KH",
  };
}

export const KH_DEPARTMENTS: AgencySeed[] = [
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
  dept("SVHTT", "Sở Văn hóa và Thể thao", "Sở VH&TT", MARCH_END),
  dept("SDL", "Sở Du lịch", "Sở Du lịch", MARCH_END),
  dept("STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT", MARCH_END),
  dept("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", MARCH_END),
  dept("SNGV", "Sở Ngoại vụ", "Sở Ngoại vụ", MARCH_END),
  dept("TTT", "Thanh tra tỉnh", "Thanh tra tỉnh"),
  dept("BDT", "Ban Dân tộc", "Ban Dân tộc", MARCH_END),
  { ...dept("BQLKKT", "Ban Quản lý Khu kinh tế Vân Phong", "BQL KKT Vân Phong"), name: "Ban Quản lý Khu kinh tế Vân Phong" },
];

const dept25 = (code: string, name: string, shortName: string) => department2025("KH", code, name, shortName);

/** The departments old Khánh Hòa formed on 01/03/2025 (in force until 30/06/2025). */
export const KH_DEPARTMENTS_2025: AgencySeed[] = [
  dept25("SNV", "Sở Nội vụ", "Sở Nội vụ"),
  dept25("STC", "Sở Tài chính", "Sở Tài chính"),
  dept25("SNNMT", "Sở Nông nghiệp và Môi trường", "Sở NN&MT"),
  dept25("SXD", "Sở Xây dựng", "Sở Xây dựng"),
  dept25("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN"),
  dept25("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VH-TT&DL"),
  dept25("SDTTG", "Sở Dân tộc và Tôn giáo", "Sở DT&TG"),
];

function district(code: string, name: string, shortName: string, weight: number): AgencySeed {
  return {
    code: `KH-H-${code}`, name, shortName, kind: "DISTRICT", level: "DISTRICT", synthetic: false,
    validFrom: OLD_UNITS_FROM, validTo: END, territory: "KH", weight,
  };
}

/** Relative workload: about the population of each (illustrative). */
export const KH_DISTRICTS: AgencySeed[] = [
  district("NT", "Thành phố Nha Trang", "TP Nha Trang", 0.32),
  district("CR", "Thành phố Cam Ranh", "TP Cam Ranh", 0.11),
  district("NHO", "Thị xã Ninh Hòa", "TX Ninh Hòa", 0.16),
  district("VN", "Huyện Vạn Ninh", "Vạn Ninh", 0.09),
  district("DK", "Huyện Diên Khánh", "Diên Khánh", 0.12),
  district("CL", "Huyện Cam Lâm", "Cam Lâm", 0.1),
  district("KV", "Huyện Khánh Vĩnh", "Khánh Vĩnh", 0.05),
  district("KS", "Huyện Khánh Sơn", "Khánh Sơn", 0.03),
  district("TS", "Huyện Trường Sa", "Trường Sa", 0.005),
];

const P = (names: string) => names.split(", ").map((name) => `Phường ${name}`);
const X = (names: string) => names.split(", ").map((name) => `Xã ${name}`);
const TT = (name: string) => [`Thị trấn ${name}`];

/** Commune-level names per district (by district code), in code order. */
export const KH_COMMUNE_NAMES: Readonly<Record<string, readonly string[]>> = {
  NT: [
    ...P("Vạn Thạnh, Lộc Thọ, Vĩnh Nguyên, Tân Tiến, Phước Hòa, Vĩnh Hòa, Vĩnh Hải, Vĩnh Phước, Vĩnh Thọ, Ngọc Hiệp, Phương Sài, Phước Hải, Phước Long, Vĩnh Trường"),
    ...X("Vĩnh Lương, Vĩnh Phương, Vĩnh Ngọc, Vĩnh Thạnh, Vĩnh Hiệp, Vĩnh Trung, Vĩnh Thái, Phước Đồng"),
  ],
  CR: [...P("Cam Nghĩa, Cam Phúc Bắc, Cam Phú, Cam Lộc, Cam Phúc Nam, Cam Thuận, Cam Lợi, Cam Linh, Ba Ngòi"), ...X("Cam Thành Nam, Cam Phước Đông, Cam Lập, Cam Bình, Cam Thịnh Đông, Cam Thịnh Tây")],
  NHO: [
    ...P("Ninh Hiệp, Ninh Đa, Ninh Diêm, Ninh Hải, Ninh Thủy, Ninh Giang, Ninh Hà"),
    ...X("Ninh Đông, Ninh Phụng, Ninh Phước, Ninh Phú, Ninh An, Ninh Sơn, Ninh Thọ, Ninh Xuân, Ninh Quang, Ninh Bình, Ninh Lộc, Ninh Ích, Ninh Hưng, Ninh Tân, Ninh Tây, Ninh Sim, Ninh Thượng, Ninh Trung, Ninh Thân"),
  ],
  VN: [...TT("Vạn Giã"), ...X("Vạn Thạnh, Vạn Thọ, Đại Lãnh, Vạn Khánh, Vạn Long, Vạn Phước, Vạn Bình, Vạn Thắng, Vạn Phú, Vạn Lương, Xuân Sơn, Vạn Hưng")],
  DK: [...TT("Diên Khánh"), ...X("Diên An, Diên Toàn, Diên Thạnh, Diên Lạc, Diên Hòa, Diên Sơn, Diên Phú, Diên Điền, Xuân Đồng, Diên Lâm, Diên Tân, Diên Phước, Diên Thọ, Suối Tiên, Bình Lộc, Suối Hiệp")],
  CL: [...TT("Cam Đức"), ...X("Cam Hải Đông, Cam Hải Tây, Cam Thành Bắc, Cam Hiệp Bắc, Cam Hiệp Nam, Cam Hòa, Cam Tân, Cam An Bắc, Cam An Nam, Suối Tân, Suối Cát, Sơn Tân, Cam Phước Tây")],
  KV: [...TT("Khánh Vĩnh"), ...X("Khánh Bình, Khánh Đông, Khánh Trung, Khánh Hiệp, Giang Ly, Khánh Thượng, Khánh Nam, Cầu Bà, Khánh Thành, Liên Sang, Sơn Thái, Sông Cầu, Khánh Phú")],
  KS: [...TT("Tô Hạp"), ...X("Sơn Hiệp, Sơn Bình, Sơn Lâm, Thành Sơn, Sơn Trung, Ba Cụm Bắc, Ba Cụm Nam")],
  TS: [...TT("Trường Sa"), ...X("Song Tử Tây, Sinh Tồn")],
};

export const KH_COMMUNES: AgencySeed[] = Object.entries(KH_COMMUNE_NAMES).flatMap(([district, names]) =>
  names.map((name, i): AgencySeed => ({
    code: `KH-X-${district}-${String(i + 1).padStart(2, "0")}`,
    name,
    shortName: shortNameOf(name),
    kind: "COMMUNE",
    level: "COMMUNE",
    parentCode: `KH-H-${district}`,
    synthetic: false,
    validFrom: OLD_UNITS_FROM,
    validTo: END,
    territory: "KH",
  })),
);
