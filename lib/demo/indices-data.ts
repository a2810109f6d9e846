// The five indices (DESIGN §5.5; reference/indices.md §1–§5, §7). Pure data.
// Only published figures are recorded, each with the province it was published for: old Ninh
// Thuận's and old Khánh Hòa's scores stay theirs (former province), and from the merger the province
// of today's (DTI 2024: recalculated for the merged province and ranked out of 34, while the old
// provinces were ranked out of 63). A score that was not published is never invented: such a year
// either has no row or a row whose score is null (kept only when the row carries another published
// fact, e.g. a rank without a score, or the national average).

import type { IndexUnit, OwnerRole } from "../generated/prisma/enums";
import { KH_PUBLISHED } from "./indices-peer-data";
export type IndexCode = "PAR_INDEX" | "SIPAS" | "PAPI" | "PCI" | "DTI";

export type IndexDefinitionSeed = {
  code: IndexCode;
  name: string;
  nameEn: string;
  unit: IndexUnit;
  maxScore: number;
  totalIsSum: boolean;
  description: string;
};

export type IndexComponentSeed = {
  indexCode: IndexCode;
  code: string;
  name: string;
  nameEn: string;
  maxScore: number;
  weight?: number;
  confirmed: boolean;
  sortOrder: number;
};

export type IndexScoreSeed = {
  indexCode: IndexCode;
  /** "" for the province as it is today, otherwise the former province */
  formerProvince: string;
  /** recalculated for the merged province from its predecessors' figures */
  recalculated: boolean;
  year: number;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  nationalAverage: number | null;
  source: string;
};

export type ComponentScoreSeed = {
  indexCode: IndexCode;
  componentCode: string;
  formerProvince: string;
  year: number;
  score: number;
  source: string;
};

export type ComponentOwnerSeed = {
  indexCode: IndexCode;
  componentCode: string;
  agencyCode: string;
  role: OwnerRole;
};

export const INDEX_DEFINITIONS: IndexDefinitionSeed[] = [
  {
    code: "PAR_INDEX",
    name: "Chỉ số cải cách hành chính (PAR INDEX)",
    nameEn: "Public Administration Reform Index",
    unit: "PERCENT",
    maxScore: 100,
    totalIsSum: true,
    description:
      "Bộ Nội vụ, QĐ 876/QĐ-BNV (10/11/2022): điểm thẩm định 61,5 + điểm đánh giá tác động 38,5 (SIPAS 10, khảo sát lãnh đạo 22, tác động KT-XH 6,5) = 100, công bố dạng %.",
  },
  {
    code: "SIPAS",
    name: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
    nameEn: "Satisfaction Index of Public Administrative Services",
    unit: "PERCENT",
    maxScore: 100,
    totalIsSum: false,
    description: "Bộ Nội vụ; 5 yếu tố của dịch vụ hành chính công, công bố dạng %.",
  },
  {
    code: "PAPI",
    name: "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)",
    nameEn: "Provincial Governance and Public Administration Performance Index",
    unit: "POINTS",
    maxScore: 80,
    totalIsSum: true,
    description: "UNDP / CECODES; 8 chỉ số nội dung, mỗi chỉ số tối đa 10 điểm, tổng tối đa 80 điểm.",
  },
  {
    code: "PCI",
    name: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
    nameEn: "Provincial Competitiveness Index",
    unit: "POINTS",
    maxScore: 100,
    totalIsSum: false,
    description:
      "VCCI; 10 chỉ số thành phần thang 10, điểm tổng là trung bình có trọng số, tối đa 100. Từ PCI 2023 VCCI chỉ công bố 30 tỉnh dẫn đầu.",
  },
  {
    code: "DTI",
    name: "Chỉ số chuyển đổi số cấp tỉnh (DTI)",
    nameEn: "Provincial Digital Transformation Index",
    unit: "RATIO",
    maxScore: 1,
    totalIsSum: false,
    description:
      "Bộ TT&TT (nay Bộ KH&CN), QĐ 922/QĐ-BTTTT (20/5/2022): thang 1000 điểm, công bố dạng giá trị 0–1; 3 trụ cột chính quyền số, kinh tế số, xã hội số.",
  },
];

// PAR INDEX areas. The per-area maxima of QĐ 876 were NOT found (indices.md
// §1.2, §9 item 1), so every maximum below is an estimate with confirmed=false.
// The estimate keeps what is confirmed: the total is 100; area 8 (impact) is
// taken as SIPAS 10 + socio-economic impact 6.5 = 16.5; areas 1–7 share the
// appraisal 61.5 and the leader survey 22 (= 83.5).
const PAR_AREAS: Array<[string, string, string, number]> = [
  ["CHI_DAO_DIEU_HANH", "Công tác chỉ đạo, điều hành cải cách hành chính", "Direction and management of PAR", 10],
  ["THE_CHE", "Cải cách thể chế", "Institutional reform", 11],
  ["TTHC", "Cải cách thủ tục hành chính", "Administrative procedure reform", 13],
  ["TO_CHUC_BO_MAY", "Cải cách tổ chức bộ máy hành chính nhà nước", "Reform of the state administrative apparatus", 10],
  ["CONG_VU", "Cải cách chế độ công vụ", "Civil service reform", 13],
  ["TAI_CHINH_CONG", "Cải cách tài chính công", "Public finance reform", 9.5],
  ["CHINH_QUYEN_SO", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "E-government and digital government", 17],
  ["TAC_DONG", "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH của tỉnh", "Impact of PAR on people, organisations and socio-economic development", 16.5],
];

const SIPAS_ELEMENTS: Array<[string, string, string]> = [
  ["TIEP_CAN", "Tiếp cận dịch vụ", "Access to services"],
  ["TTHC", "Thủ tục hành chính", "Administrative procedures"],
  ["CONG_CHUC", "Công chức trực tiếp giải quyết công việc", "Civil servants handling the case"],
  ["KET_QUA", "Kết quả dịch vụ", "Service results"],
  ["PHAN_ANH_KIEN_NGHI", "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị", "Handling of feedback and complaints"],
];

const PAPI_DIMENSIONS: Array<[string, string, string]> = [
  ["THAM_GIA", "Tham gia của người dân ở cấp cơ sở", "Participation at local levels"],
  ["MINH_BACH", "Công khai, minh bạch trong ra quyết định", "Transparency in local decision-making"],
  ["TRACH_NHIEM_GIAI_TRINH", "Trách nhiệm giải trình với người dân", "Vertical accountability towards citizens"],
  ["KIEM_SOAT_THAM_NHUNG", "Kiểm soát tham nhũng trong khu vực công", "Control of corruption in the public sector"],
  ["TTHC_CONG", "Thủ tục hành chính công", "Public administrative procedures"],
  ["DICH_VU_CONG", "Cung ứng dịch vụ công", "Public service delivery"],
  ["MOI_TRUONG", "Quản trị môi trường", "Environmental governance"],
  ["QUAN_TRI_DIEN_TU", "Quản trị điện tử", "E-governance"],
];

// PCI weights are the commonly cited ones (indices.md §4, §9 item 3): NOT
// confirmed against the VCCI methodology, hence confirmed=false.
const PCI_SUBINDICES: Array<[string, string, string, number]> = [
  ["GIA_NHAP_THI_TRUONG", "Gia nhập thị trường", "Entry costs", 5],
  ["TIEP_CAN_DAT_DAI", "Tiếp cận đất đai", "Land access and security of tenure", 5],
  ["MINH_BACH", "Tính minh bạch", "Transparency", 20],
  ["CHI_PHI_THOI_GIAN", "Chi phí thời gian", "Time costs", 5],
  ["CHI_PHI_KHONG_CHINH_THUC", "Chi phí không chính thức", "Informal charges", 10],
  ["CANH_TRANH_BINH_DANG", "Cạnh tranh bình đẳng", "Policy bias", 5],
  ["NANG_DONG", "Tính năng động của chính quyền", "Proactivity of provincial leadership", 5],
  ["HO_TRO_DOANH_NGHIEP", "Chính sách hỗ trợ doanh nghiệp", "Business support services", 20],
  ["DAO_TAO_LAO_DONG", "Đào tạo lao động", "Labour policy", 20],
  ["THIET_CHE_PHAP_LY", "Thiết chế pháp lý và an ninh trật tự", "Law and order", 5],
];

// DTI pillars are published as 0–1 values; the pillar point split under 922
// (CQS 200 / KTS 150 / XHS 150 of the 500 activity points, plus the shared
// 500 foundation points) is not a weight of the total, so no weight is set and
// the 0–1 scale per pillar is marked unconfirmed.
const DTI_PILLARS: Array<[string, string, string]> = [
  ["CHINH_QUYEN_SO", "Chính quyền số", "Digital government"],
  ["KINH_TE_SO", "Kinh tế số", "Digital economy"],
  ["XA_HOI_SO", "Xã hội số", "Digital society"],
];

export const INDEX_COMPONENTS: IndexComponentSeed[] = [
  ...PAR_AREAS.map(([code, name, nameEn, maxScore], i): IndexComponentSeed => ({
    indexCode: "PAR_INDEX", code, name, nameEn, maxScore, confirmed: false, sortOrder: i + 1,
  })),
  ...SIPAS_ELEMENTS.map(([code, name, nameEn], i): IndexComponentSeed => ({
    indexCode: "SIPAS", code, name, nameEn, maxScore: 100, confirmed: true, sortOrder: i + 1,
  })),
  ...PAPI_DIMENSIONS.map(([code, name, nameEn], i): IndexComponentSeed => ({
    indexCode: "PAPI", code, name, nameEn, maxScore: 10, confirmed: true, sortOrder: i + 1,
  })),
  ...PCI_SUBINDICES.map(([code, name, nameEn, weight], i): IndexComponentSeed => ({
    indexCode: "PCI", code, name, nameEn, maxScore: 10, weight, confirmed: false, sortOrder: i + 1,
  })),
  ...DTI_PILLARS.map(([code, name, nameEn], i): IndexComponentSeed => ({
    indexCode: "DTI", code, name, nameEn, maxScore: 1, confirmed: false, sortOrder: i + 1,
  })),
];

const SRC_PAR_2022 = "https://sonv.ninhthuan.gov.vn/portal/pages/print.aspx?p=31918";
const SRC_PAR_AVG_2023 = "https://m.baogialai.com.vn/gia-lai-dung-dau-khu-vuc-tay-nguyen-ve-chi-so-sipas-post274056.amp";
const SRC_PAR_AVG_2024 = "https://www.vietnamplus.vn/hai-phong-dung-dau-cao-bang-doi-so-bang-chi-so-cai-cach-hanh-chinh-nam-2024-post1025084.vnp";
const SRC_SIPAS_AVG_2024 = "https://www.vietnam.vn/th/quang-nam-thang-hang-chi-so-par-index-tut-hang-chi-so-sipas-nam-2024";
const SRC_PAPI_2021 = "https://ninhthuan.gov.vn/portal/pages/print.aspx?p=37414";
const SRC_PAPI_2022 = "https://sonv.ninhthuan.gov.vn/portal/Pages/2023-4-21/Ket-qua-Chi-so-PAPI-nam-2022-cua-tinh-Ninh-Thuanwz7xs6.aspx";
const SRC_PAPI_2023 = "https://baoninhthuan.com.vn/news/144219p1c25/ninh-thuan-xep-thu-6-ca-nuoc-ve-chi-so-papi-nam-2023.htm";
const SRC_PCI = "https://pcivietnam.vn/en/provinces/ninh-thuan";
const SRC_DTI_2022 = "https://dti.gov.vn/xep-hang-2022";
const SRC_DTI_2024 = "https://demo1022.hasontech.vn/?p=3843";

export const NINH_THUAN = "Ninh Thuận";
export const KHANH_HOA_OLD = "Khánh Hòa";

function score(
  indexCode: IndexCode, year: number, value: number | null, rank: number | null, rankOf: number | null,
  source: string, nationalAverage: number | null = null,
): IndexScoreSeed {
  return { indexCode, formerProvince: NINH_THUAN, recalculated: false, year, score: value, rank, rankOf, nationalAverage, source };
}

/** Old Ninh Thuận's published yearly results (indices.md §7.2 plus §1–§5 averages). */
const NT_SCORES: IndexScoreSeed[] = [
  score("PAR_INDEX", 2021, 86.55, 35, 63,
    `${SRC_PAR_2022} (suy ra: điểm 2022 + 0,77; hạng 2022 + 6)`),
  score("PAR_INDEX", 2022, 85.78, 29, 63,
    `${SRC_PAR_2022} (thẩm định 54,2/61,5; SIPAS 8,23/10; khảo sát lãnh đạo 18,05/22; tác động KT-XH 5,31/6,5)`),
  // 2023 and 2024: Ninh Thuận's PAR INDEX not found; only the national average is published.
  score("PAR_INDEX", 2023, null, null, 63,
    `Ninh Thuận: chưa tìm thấy số liệu công bố. Trung bình cả nước: ${SRC_PAR_AVG_2023}`, 86.98),
  score("PAR_INDEX", 2024, null, null, 63,
    `Ninh Thuận: chưa tìm thấy số liệu công bố. Trung bình cả nước: ${SRC_PAR_AVG_2024}`, 88.37),
  score("SIPAS", 2024, null, null, 63,
    `Ninh Thuận: chưa tìm thấy số liệu công bố. Trung bình cả nước: ${SRC_SIPAS_AVG_2024}`, 83.94),
  score("PAPI", 2020, 40.74, 58, 63,
    `${SRC_PAPI_2021} (suy ra, xấp xỉ: điểm 2021 − 3,086; hạng 2021 + 44)`),
  score("PAPI", 2021, 43.83, 14, 63, SRC_PAPI_2021),
  score("PAPI", 2022, 46.0002, 4, 63, SRC_PAPI_2022),
  // 2023: Bình Dương and Quảng Ninh had no data, ranks are out of 61 (indices.md §3).
  score("PAPI", 2023, 45.5054, 6, 61, SRC_PAPI_2023),
  score("PCI", 2019, 64.89, 37, 63, SRC_PCI),
  score("PCI", 2020, 63.44, 32, 63, SRC_PCI),
  score("PCI", 2021, 62.23, 49, 63, SRC_PCI),
  score("PCI", 2022, 65.43, 30, 63, SRC_PCI),
  score("PCI", 2023, null, null, null,
    `${SRC_PCI} (từ PCI 2023 VCCI chỉ công bố 30 tỉnh dẫn đầu; Ninh Thuận không được công bố)`),
  score("DTI", 2022, null, 27, 63, `${SRC_DTI_2022} (chỉ công bố thứ hạng)`),
  score("DTI", 2024, null, null, 63,
    `Ninh Thuận: chưa tìm thấy số liệu công bố. Trung bình các tỉnh: ${SRC_DTI_2024}`, 0.6961),
];

const PCI_2022: Array<[string, number]> = [
  ["GIA_NHAP_THI_TRUONG", 7.77], ["TIEP_CAN_DAT_DAI", 7.0], ["MINH_BACH", 6.08],
  ["CHI_PHI_THOI_GIAN", 7.36], ["CHI_PHI_KHONG_CHINH_THUC", 7.02], ["CANH_TRANH_BINH_DANG", 5.55],
  ["NANG_DONG", 7.11], ["HO_TRO_DOANH_NGHIEP", 5.52], ["DAO_TAO_LAO_DONG", 5.2],
  ["THIET_CHE_PHAP_LY", 7.6],
];

const SRC_KH_PAPI_2020 = "https://bqlctgt.khanhhoa.gov.vn/tin-tuc/chi-so-papi-cua-khanh-hoa-nam-2020-roi-vao-nhom-thap-diem-486.html";
const KH_PAPI_2020: Array<[string, number]> = [
  ["THAM_GIA", 3.99], ["MINH_BACH", 4.54], ["TRACH_NHIEM_GIAI_TRINH", 4.41], ["KIEM_SOAT_THAM_NHUNG", 6.11],
  ["TTHC_CONG", 6.85], ["DICH_VU_CONG", 7.66], ["MOI_TRUONG", 3.19], ["QUAN_TRI_DIEN_TU", 2.4],
];

/** Component scores, only where published (old Ninh Thuận's PCI 2022 sub-indices, old Khánh Hòa's PAPI 2020 dimensions). */
export const COMPONENT_SCORES: ComponentScoreSeed[] = [
  ...PCI_2022.map(([componentCode, value]): ComponentScoreSeed => ({
    indexCode: "PCI", componentCode, formerProvince: NINH_THUAN, year: 2022, score: value, source: SRC_PCI,
  })),
  ...KH_PAPI_2020.map(([componentCode, value]): ComponentScoreSeed => ({
    indexCode: "PAPI", componentCode, formerProvince: KHANH_HOA_OLD, year: 2020, score: value, source: SRC_KH_PAPI_2020,
  })),
];

function owners(indexCode: IndexCode, componentCode: string, lead: string, ...coordinate: string[]): ComponentOwnerSeed[] {
  return [
    { indexCode, componentCode, agencyCode: lead, role: "LEAD" },
    ...coordinate.map((agencyCode): ComponentOwnerSeed => ({ indexCode, componentCode, agencyCode, role: "COORDINATE" })),
  ];
}

/** Lead / coordinating agencies per component: today's departments (illustrative assignment for the demo). */
export const COMPONENT_OWNERS: ComponentOwnerSeed[] = [
  ...owners("PAR_INDEX", "CHI_DAO_DIEU_HANH", "T-SNV", "T-VPUB"),
  ...owners("PAR_INDEX", "THE_CHE", "T-STP", "T-VPUB"),
  ...owners("PAR_INDEX", "TTHC", "T-VPUB", "T-SNV", "T-SKHCN"),
  ...owners("PAR_INDEX", "TO_CHUC_BO_MAY", "T-SNV"),
  ...owners("PAR_INDEX", "CONG_VU", "T-SNV", "T-TTT"),
  ...owners("PAR_INDEX", "TAI_CHINH_CONG", "T-STC"),
  ...owners("PAR_INDEX", "CHINH_QUYEN_SO", "T-SKHCN", "T-VPUB"),
  ...owners("PAR_INDEX", "TAC_DONG", "T-SNV", "T-STC", "T-VPUB"),
  ...owners("DTI", "CHINH_QUYEN_SO", "T-SKHCN", "T-VPUB", "T-SNV"),
  ...owners("DTI", "KINH_TE_SO", "T-SKHCN", "T-SCT", "T-STC"),
  ...owners("DTI", "XA_HOI_SO", "T-SKHCN", "T-SGDDT", "T-SYT", "T-SNV"),
];

const SRC_DTI_2024_KH = "https://news.baokhanhhoa.vn/society/202511/driving-dti-progress-d4815fe";

function kh(indexCode: IndexCode, year: number, value: number | null, rank: number | null, rankOf: number | null, source: string): IndexScoreSeed {
  return { indexCode, formerProvince: KHANH_HOA_OLD, recalculated: false, year, score: value, rank, rankOf, nationalAverage: null, source };
}

/** Old Khánh Hòa's published results (indices.md §7.1), until it merged. */
const KH_SCORES: IndexScoreSeed[] = KH_PUBLISHED.map((p) => kh(p.indexCode, p.year, p.score, p.rank, p.rankOf, p.source));

/** The province as it is today: DTI 2024, recalculated for the merged province and ranked out of 34. */
const MERGED_SCORES: IndexScoreSeed[] = [
  {
    indexCode: "DTI", formerProvince: "", recalculated: true, year: 2024, score: 0.7071, rank: 16, rankOf: 34, nationalAverage: 0.6961,
    source: `${SRC_DTI_2024_KH} (tỉnh Khánh Hòa sau hợp nhất; tính lại bằng trung bình các chỉ số của hai tỉnh trước hợp nhất) ; ${SRC_DTI_2024}`,
  },
];

export const INDEX_SCORES: IndexScoreSeed[] = [...NT_SCORES, ...KH_SCORES, ...MERGED_SCORES];
