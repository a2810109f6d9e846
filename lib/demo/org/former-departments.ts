// The departments both former provinces had, by code, so that each province's list names only its own
// order and its exceptions (old Khánh Hòa's separate Culture and Tourism departments and Foreign Affairs,
// old Ninh Thuận's combined Culture, Sports and Tourism; their industrial/economic zone boards).
// Names are without the province; each province file adds it and its code prefix.

/** code, name, short name, whether it was merged away on 01/03/2025 (Nghị định 45/2025/NĐ-CP). */
export type DepartmentLine = readonly [code: string, name: string, shortName: string, mergedInMarch: boolean];

const COMMON_2021: readonly DepartmentLine[] = [
  ["VPUB", "Văn phòng Ủy ban nhân dân", "VP UBND tỉnh", false],
  ["SNV", "Sở Nội vụ", "Sở Nội vụ", true],
  ["STP", "Sở Tư pháp", "Sở Tư pháp", false],
  ["STC", "Sở Tài chính", "Sở Tài chính", true],
  ["SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", true],
  ["SCT", "Sở Công Thương", "Sở Công Thương", false],
  ["SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", true],
  ["STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT", true],
  ["SXD", "Sở Xây dựng", "Sở Xây dựng", true],
  ["SGTVT", "Sở Giao thông vận tải", "Sở GTVT", true],
  ["SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", false],
  ["SYT", "Sở Y tế", "Sở Y tế", false],
  ["SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", true],
  ["STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT", true],
  ["SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", true],
  ["TTT", "Thanh tra tỉnh", "Thanh tra tỉnh", false],
  ["BDT", "Ban Dân tộc", "Ban Dân tộc", true],
];

/** The departments both provinces formed on 01/03/2025 (in force until 30/06/2025). */
const COMMON_2025: readonly DepartmentLine[] = [
  ["SNV", "Sở Nội vụ", "Sở Nội vụ", false],
  ["STC", "Sở Tài chính", "Sở Tài chính", false],
  ["SNNMT", "Sở Nông nghiệp và Môi trường", "Sở NN&MT", false],
  ["SXD", "Sở Xây dựng", "Sở Xây dựng", false],
  ["SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", false],
  ["SDTTG", "Sở Dân tộc và Tôn giáo", "Sở DT&TG", false],
];

function lines(common: readonly DepartmentLine[], entries: readonly (string | DepartmentLine)[]): DepartmentLine[] {
  return entries.map((entry) => {
    if (typeof entry !== "string") return entry;
    const line = common.find(([code]) => code === entry);
    if (!line) throw new Error(`former-departments: no shared department ${entry}`);
    return line;
  });
}

/** One province's 2021–02/2025 departments in its order: a code takes the shared line, a line is the province's own. */
export const departments2021 = (entries: readonly (string | DepartmentLine)[]) => lines(COMMON_2021, entries);

/** One province's departments of 01/03/2025, the same way. */
export const departments2025 = (entries: readonly (string | DepartmentLine)[]) => lines(COMMON_2025, entries);

/** The shared codes up to Labour, in the order both provinces list them. */
export const HEAD_2021 = ["VPUB", "SNV", "STP", "STC", "SKHDT", "SCT", "SNNPTNT", "STNMT", "SXD", "SGTVT", "SGDDT", "SYT", "SLDTBXH"] as const;

/** The codes of COMMON_2025, in order. */
export const HEAD_2025 = COMMON_2025.map(([code]) => code);
