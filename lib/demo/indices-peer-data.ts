// Old Khánh Hòa's published results (reference/indices.md §7.1): the two provinces merged on
// 2025-07-01, and these scores stay old Khánh Hòa's (index_score.former_province). Other provinces'
// results shown for comparison (index_peer_score) would be listed in PEER_SCORES: none is recorded.
// Pure data; a value the source marks as conflicting or unpublished is left null and the source says why.
import type { IndexCode } from "./indices-data";

export type PeerScoreSeed = {
  indexCode: IndexCode;
  province: string;
  year: number;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  source: string;
};

const KH = "Khánh Hòa";
const SRC_PAR_2019 = "https://cchc.khanhhoa.gov.vn/vi/chi-so-cchc-97";
const SRC_PAR_2024 = "https://www.vietnam.vn/en/nguoi-dan-them-hai-long-ve-su-phuc-vu";
const SRC_LAODONG = "https://news.laodong.vn/xa-hoi/lap-2-doan-kiem-tra-cong-tac-cai-cach-hanh-chinh-o-khanh-hoa-1587612.ldo";
const SRC_PAPI_2020 = "https://bqlctgt.khanhhoa.gov.vn/tin-tuc/chi-so-papi-cua-khanh-hoa-nam-2020-roi-vao-nhom-thap-diem-486.html";
const SRC_PAPI_2023 = "https://baokhanhhoa.vn/kinh-te/202404/chi-so-papi-nam-2023-cua-khanh-hoa-tang-8-bac-dung-thu-861-toan-quoc-7633f65/";
const SRC_PCI_2023 = "https://baokhanhhoa.vn/kinh-te/202405/chi-so-pci-nam-2023-cua-khanh-hoa-giam-009-diem-d685521/";
const SRC_DTI_2022 = "https://dti.gov.vn/xep-hang-2022";

function kh(indexCode: IndexCode, year: number, score: number | null, rank: number | null, rankOf: number | null, source: string): PeerScoreSeed {
  return { indexCode, province: KH, year, score, rank, rankOf, source };
}

/** Other provinces' results for comparison. */
export const PEER_SCORES: PeerScoreSeed[] = [];

/** Old Khánh Hòa's own results up to 2024 (DTI 2024 is the merged province's: see indices-data.ts). */
export const KH_PUBLISHED: PeerScoreSeed[] = [
  kh("PAR_INDEX", 2019, 80.91, 34, 63, SRC_PAR_2019),
  kh("PAR_INDEX", 2023, 88.6, 14, 63, `${SRC_LAODONG} (suy ra: điểm 2024 − 1,89; hạng 2024 + 4)`),
  kh("PAR_INDEX", 2024, 90.49, 10, 63, `${SRC_PAR_2024} ; ${SRC_LAODONG}`),
  kh("SIPAS", 2023, 81.09, null, 63, `${SRC_PAR_2024} (suy ra; hạng 40 hoặc 43: các nguồn không thống nhất)`),
  kh("SIPAS", 2024, 83.66, 30, 63, `${SRC_PAR_2024} ; ${SRC_LAODONG}`),
  kh("PAPI", 2019, 42.16, 49, 63, SRC_PAPI_2020),
  kh("PAPI", 2020, 39.14, null, 63, `${SRC_PAPI_2020} (nhóm thấp nhất, không nêu thứ hạng)`),
  kh("PAPI", 2022, 43.4369, 16, 61, SRC_PAPI_2023),
  kh("PAPI", 2023, 44.9419, 8, 61, SRC_PAPI_2023),
  kh("PCI", 2022, 67.74, null, null, `${SRC_PCI_2023} (suy ra: điểm 2023 + 0,09)`),
  kh("PCI", 2023, 67.65, null, null, `${SRC_PCI_2023} (ngoài 30 tỉnh dẫn đầu, không công bố thứ hạng)`),
  kh("DTI", 2022, null, 41, 63, `${SRC_DTI_2022} (chỉ công bố thứ hạng)`),
];
