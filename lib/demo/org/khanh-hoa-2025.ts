// Tỉnh Khánh Hòa from 01/07/2025 (NQ 202/2025/QH15): two tiers — the departments of Nghị định
// 45/2025/NĐ-CP and 65 commune-level units (48 xã, 16 phường, 1 đặc khu) under NQ 1667/NQ-UBTVQH15,
// each formed from the old units listed (district code of the old province, then names). The lists
// follow a public transcription of NQ 1667 checked against the provinces' published plans; what could
// not be confirmed is marked: the split of Cam Lâm's communes (the transcription repeats names) and
// the share of Phường Đông Hải that went to Phước Dinh (thôn Phú Thọ).
import { PROVINCES_MERGED_ON, shortNameOf, slugOf, type AgencySeed } from "./seed-types";

function dept(code: string, name: string, shortName: string, synthetic = false): AgencySeed {
  return { code: `T-${code}`, name, shortName, kind: "DEPARTMENT", level: "PROVINCE", synthetic, validFrom: PROVINCES_MERGED_ON, validTo: null, territory: "ALL" };
}

/** The merged province's departments; the key after "T-" is the routing key of lib/demo/org/routing.ts. */
export const NEW_DEPARTMENTS: AgencySeed[] = [
  dept("VPUB", "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh"),
  dept("SNV", "Sở Nội vụ", "Sở Nội vụ"),
  dept("STP", "Sở Tư pháp", "Sở Tư pháp"),
  dept("STC", "Sở Tài chính", "Sở Tài chính"),
  dept("SCT", "Sở Công Thương", "Sở Công Thương"),
  dept("SNNMT", "Sở Nông nghiệp và Môi trường", "Sở NN&MT"),
  dept("SXD", "Sở Xây dựng", "Sở Xây dựng"),
  dept("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN"),
  dept("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VH-TT&DL"),
  dept("SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
  dept("SYT", "Sở Y tế", "Sở Y tế"),
  dept("SDTTG", "Sở Dân tộc và Tôn giáo", "Sở DT&TG"),
  dept("TTT", "Thanh tra tỉnh", "Thanh tra tỉnh"),
  // that it also took over Ninh Thuận's industrial zones board is not confirmed
  dept("BQLKKT", "Ban Quản lý Khu kinh tế Vân Phong", "BQL KKT Vân Phong", true),
];

/** Old units of a new one: `{ district: names }`; a name with ":share" gives only that part. */
export type Composition = { name: string; from: Readonly<Record<string, readonly string[]>>; synthetic?: boolean };

/** District codes: old Ninh Thuận's (H-…) and old Khánh Hòa's (KH-H-…). */
const c = (name: string, from: Record<string, string[]>, synthetic = false): Composition => ({ name, from, synthetic });

export const NEW_COMMUNES: readonly Composition[] = [
  c("Xã Nam Cam Ranh", { "KH-H-CR": ["Xã Cam Lập", "Xã Cam Bình", "Xã Cam Thịnh Đông", "Xã Cam Thịnh Tây"] }),
  c("Xã Bắc Ninh Hòa", { "KH-H-NHO": ["Xã Ninh An", "Xã Ninh Sơn", "Xã Ninh Thọ"] }),
  c("Xã Tân Định", { "KH-H-NHO": ["Xã Ninh Xuân", "Xã Ninh Quang", "Xã Ninh Bình"] }),
  c("Xã Nam Ninh Hòa", { "KH-H-NHO": ["Xã Ninh Lộc", "Xã Ninh Ích", "Xã Ninh Hưng", "Xã Ninh Tân"] }),
  c("Xã Tây Ninh Hòa", { "KH-H-NHO": ["Xã Ninh Tây", "Xã Ninh Sim"] }),
  c("Xã Hòa Trí", { "KH-H-NHO": ["Xã Ninh Thượng", "Xã Ninh Trung", "Xã Ninh Thân"] }),
  c("Xã Đại Lãnh", { "KH-H-VN": ["Xã Vạn Thạnh", "Xã Vạn Thọ", "Xã Đại Lãnh"] }),
  c("Xã Tu Bông", { "KH-H-VN": ["Xã Vạn Khánh", "Xã Vạn Long", "Xã Vạn Phước"] }),
  c("Xã Vạn Thắng", { "KH-H-VN": ["Xã Vạn Bình", "Xã Vạn Thắng"] }),
  c("Xã Vạn Ninh", { "KH-H-VN": ["Thị trấn Vạn Giã", "Xã Vạn Phú", "Xã Vạn Lương"] }),
  c("Xã Vạn Hưng", { "KH-H-VN": ["Xã Xuân Sơn", "Xã Vạn Hưng"] }),
  c("Xã Diên Khánh", { "KH-H-DK": ["Thị trấn Diên Khánh", "Xã Diên An", "Xã Diên Toàn"] }),
  c("Xã Diên Lạc", { "KH-H-DK": ["Xã Diên Thạnh", "Xã Diên Lạc", "Xã Diên Hòa"] }),
  c("Xã Diên Điền", { "KH-H-DK": ["Xã Diên Sơn", "Xã Diên Phú", "Xã Diên Điền"] }),
  c("Xã Diên Lâm", { "KH-H-DK": ["Xã Xuân Đồng", "Xã Diên Lâm"] }),
  c("Xã Diên Thọ", { "KH-H-DK": ["Xã Diên Tân", "Xã Diên Phước", "Xã Diên Thọ"] }),
  c("Xã Suối Hiệp", { "KH-H-DK": ["Xã Suối Tiên", "Xã Bình Lộc", "Xã Suối Hiệp"] }),
  c("Xã Cam Lâm", { "KH-H-CL": ["Thị trấn Cam Đức", "Xã Cam Hải Đông", "Xã Cam Hải Tây", "Xã Cam Thành Bắc"] }, true),
  c("Xã Suối Dầu", { "KH-H-CL": ["Xã Suối Cát", "Xã Suối Tân", "Xã Cam Tân"] }, true),
  c("Xã Cam Hiệp", { "KH-H-CL": ["Xã Sơn Tân", "Xã Cam Hiệp Bắc", "Xã Cam Hiệp Nam", "Xã Cam Hòa"] }, true),
  c("Xã Cam An", { "KH-H-CL": ["Xã Cam Phước Tây", "Xã Cam An Bắc", "Xã Cam An Nam"] }),
  c("Xã Bắc Khánh Vĩnh", { "KH-H-KV": ["Xã Khánh Bình", "Xã Khánh Đông"] }),
  c("Xã Trung Khánh Vĩnh", { "KH-H-KV": ["Xã Khánh Trung", "Xã Khánh Hiệp"] }),
  c("Xã Tây Khánh Vĩnh", { "KH-H-KV": ["Xã Giang Ly", "Xã Khánh Thượng", "Xã Khánh Nam"] }),
  c("Xã Nam Khánh Vĩnh", { "KH-H-KV": ["Xã Cầu Bà", "Xã Khánh Thành", "Xã Liên Sang", "Xã Sơn Thái"] }),
  c("Xã Khánh Vĩnh", { "KH-H-KV": ["Thị trấn Khánh Vĩnh", "Xã Sông Cầu", "Xã Khánh Phú"] }),
  c("Xã Khánh Sơn", { "KH-H-KS": ["Thị trấn Tô Hạp", "Xã Sơn Hiệp", "Xã Sơn Bình"] }),
  c("Xã Tây Khánh Sơn", { "KH-H-KS": ["Xã Sơn Lâm", "Xã Thành Sơn"] }),
  c("Xã Đông Khánh Sơn", { "KH-H-KS": ["Xã Sơn Trung", "Xã Ba Cụm Bắc", "Xã Ba Cụm Nam"] }),
  c("Xã Ninh Phước", { "H-NP": ["Thị trấn Phước Dân", "Xã Phước Thuận", "Xã Phước Hải"] }),
  c("Xã Phước Hữu", { "H-NP": ["Xã Phước Thái", "Xã Phước Hữu"] }),
  c("Xã Phước Hậu", { "H-NP": ["Xã Phước Vinh", "Xã Phước Sơn", "Xã Phước Hậu"] }),
  c("Xã Thuận Nam", { "H-TN": ["Xã Phước Nam", "Xã Phước Ninh", "Xã Phước Minh"] }),
  c("Xã Cà Ná", { "H-TN": ["Xã Phước Diêm", "Xã Cà Ná"] }),
  c("Xã Phước Hà", { "H-TN": ["Xã Nhị Hà", "Xã Phước Hà"] }),
  c("Xã Phước Dinh", { "H-NP": ["Xã An Hải"], "H-TN": ["Xã Phước Dinh"], "H-PRTC": ["Phường Đông Hải:0.15"] }),
  c("Xã Ninh Hải", { "H-NH": ["Xã Phương Hải", "Xã Tri Hải"], "H-TB": ["Xã Bắc Sơn"] }),
  c("Xã Xuân Hải", { "H-NH": ["Xã Hộ Hải", "Xã Tân Hải", "Xã Xuân Hải"] }),
  c("Xã Vĩnh Hải", { "H-NH": ["Xã Nhơn Hải", "Xã Thanh Hải", "Xã Vĩnh Hải"] }),
  c("Xã Thuận Bắc", { "H-TB": ["Xã Bắc Phong", "Xã Phước Kháng", "Xã Lợi Hải"] }),
  c("Xã Công Hải", { "H-TB": ["Xã Phước Chiến", "Xã Công Hải"] }),
  c("Xã Ninh Sơn", { "H-NS": ["Thị trấn Tân Sơn", "Xã Quảng Sơn"] }),
  c("Xã Lâm Sơn", { "H-NS": ["Xã Lương Sơn", "Xã Lâm Sơn"] }),
  c("Xã Anh Dũng", { "H-NS": ["Xã Ma Nới", "Xã Hòa Sơn"] }),
  c("Xã Mỹ Sơn", { "H-BA": ["Xã Phước Trung"], "H-NS": ["Xã Mỹ Sơn"] }),
  c("Xã Bác Ái Đông", { "H-BA": ["Xã Phước Đại", "Xã Phước Thành"] }),
  c("Xã Bác Ái", { "H-BA": ["Xã Phước Tiến", "Xã Phước Thắng", "Xã Phước Chính"] }),
  c("Xã Bác Ái Tây", { "H-BA": ["Xã Phước Hòa", "Xã Phước Tân", "Xã Phước Bình"] }),
  c("Phường Nha Trang", { "KH-H-NT": ["Phường Vạn Thạnh", "Phường Lộc Thọ", "Phường Vĩnh Nguyên", "Phường Tân Tiến", "Phường Phước Hòa"] }),
  c("Phường Bắc Nha Trang", { "KH-H-NT": ["Phường Vĩnh Hòa", "Phường Vĩnh Hải", "Phường Vĩnh Phước", "Phường Vĩnh Thọ", "Xã Vĩnh Lương", "Xã Vĩnh Phương"] }),
  c("Phường Tây Nha Trang", { "KH-H-NT": ["Phường Ngọc Hiệp", "Phường Phương Sài", "Xã Vĩnh Ngọc", "Xã Vĩnh Thạnh", "Xã Vĩnh Hiệp", "Xã Vĩnh Trung"] }),
  c("Phường Nam Nha Trang", { "KH-H-NT": ["Phường Phước Hải", "Phường Phước Long", "Phường Vĩnh Trường", "Xã Vĩnh Thái", "Xã Phước Đồng"] }),
  c("Phường Bắc Cam Ranh", { "KH-H-CR": ["Phường Cam Nghĩa", "Phường Cam Phúc Bắc", "Xã Cam Thành Nam"] }),
  c("Phường Cam Ranh", { "KH-H-CR": ["Phường Cam Phú", "Phường Cam Lộc", "Phường Cam Phúc Nam"] }),
  c("Phường Cam Linh", { "KH-H-CR": ["Phường Cam Thuận", "Phường Cam Lợi", "Phường Cam Linh"] }),
  c("Phường Ba Ngòi", { "KH-H-CR": ["Phường Ba Ngòi", "Xã Cam Phước Đông"] }),
  c("Phường Ninh Hòa", { "KH-H-NHO": ["Phường Ninh Hiệp", "Phường Ninh Đa", "Xã Ninh Đông", "Xã Ninh Phụng"] }),
  c("Phường Đông Ninh Hòa", { "KH-H-NHO": ["Phường Ninh Diêm", "Phường Ninh Hải", "Phường Ninh Thủy", "Xã Ninh Phước"] }),
  c("Phường Hòa Thắng", { "KH-H-NHO": ["Phường Ninh Giang", "Phường Ninh Hà", "Xã Ninh Phú"] }),
  c("Phường Phan Rang", { "H-PRTC": ["Phường Kinh Dinh", "Phường Phủ Hà", "Phường Đài Sơn", "Phường Đạo Long"] }),
  c("Phường Đông Hải", { "H-PRTC": ["Phường Mỹ Bình", "Phường Mỹ Đông", "Phường Mỹ Hải", "Phường Đông Hải:0.85"] }),
  c("Phường Ninh Chử", { "H-PRTC": ["Phường Văn Hải"], "H-NH": ["Thị trấn Khánh Hải"] }),
  c("Phường Bảo An", { "H-PRTC": ["Phường Phước Mỹ", "Phường Bảo An", "Xã Thành Hải"] }),
  c("Phường Đô Vinh", { "H-PRTC": ["Phường Đô Vinh"], "H-NS": ["Xã Nhơn Sơn"] }),
  c("Đặc khu Trường Sa", { "KH-H-TS": ["Thị trấn Trường Sa", "Xã Song Tử Tây", "Xã Sinh Tồn"] }),
];

const PREFIX = { Phường: "P", Xã: "X", "Đặc khu": "DK" } as const;

function prefixOf(name: string): string {
  const word = (Object.keys(PREFIX) as (keyof typeof PREFIX)[]).find((w) => name.startsWith(`${w} `));
  if (!word) throw new Error(`new commune-level unit without a known kind: ${name}`);
  return PREFIX[word];
}

export const NEW_COMMUNE_UNITS: AgencySeed[] = NEW_COMMUNES.map((unit) => ({
  code: `${prefixOf(unit.name)}-${slugOf(unit.name)}`,
  name: unit.name,
  shortName: shortNameOf(unit.name),
  kind: "COMMUNE",
  level: "COMMUNE",
  synthetic: false,
  validFrom: PROVINCES_MERGED_ON,
  validTo: null,
  territory: "ALL",
}));
