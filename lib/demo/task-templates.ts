// Wording of the tasks the Provincial People's Committee assigns (nhiệm vụ UBND tỉnh giao), and of
// the documents that assign them. Templates, not real documents.

export type TaskArea = "VXNV" | "KTTH" | "KTN" | "NC";

export type TaskTopic = { area: TaskArea; text: string; from?: number; until?: number };

export const TASK_TOPICS: readonly TaskTopic[] = [
  { area: "VXNV", text: "cải cách hành chính" },
  { area: "VXNV", text: "nâng cao Chỉ số cải cách hành chính (PAR INDEX)" },
  { area: "VXNV", text: "nâng cao Chỉ số hài lòng của người dân, tổ chức (SIPAS)" },
  { area: "VXNV", text: "kiểm soát thủ tục hành chính" },
  { area: "VXNV", text: "thực hiện cơ chế một cửa, một cửa liên thông" },
  { area: "VXNV", text: "cung cấp dịch vụ công trực tuyến toàn trình" },
  { area: "VXNV", text: "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính" },
  { area: "VXNV", text: "tinh giản biên chế" },
  { area: "VXNV", text: "sắp xếp đơn vị sự nghiệp công lập" },
  { area: "VXNV", text: "chuyển đổi số" },
  { area: "VXNV", text: "thực hiện Đề án 06 của Chính phủ" },
  { area: "VXNV", text: "phòng, chống dịch COVID-19", until: 2022 },
  { area: "VXNV", text: "Chương trình mục tiêu quốc gia giảm nghèo bền vững" },
  { area: "VXNV", text: "phát triển du lịch" },
  { area: "KTTH", text: "giải ngân vốn đầu tư công" },
  { area: "KTTH", text: "thu ngân sách nhà nước" },
  { area: "KTTH", text: "cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)" },
  { area: "KTTH", text: "thu hút đầu tư và hỗ trợ doanh nghiệp" },
  { area: "KTTH", text: "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi" },
  { area: "KTN", text: "bồi thường, giải phóng mặt bằng các dự án trọng điểm" },
  { area: "KTN", text: "quản lý đất đai, khoáng sản" },
  { area: "KTN", text: "bảo vệ môi trường" },
  { area: "KTN", text: "xây dựng nông thôn mới" },
  { area: "KTN", text: "phòng, chống thiên tai và tìm kiếm cứu nạn" },
  { area: "KTN", text: "phòng, chống hạn hán, xâm nhập mặn" },
  { area: "KTN", text: "phát triển năng lượng tái tạo" },
  { area: "KTN", text: "quản lý trật tự xây dựng" },
  { area: "NC", text: "bảo đảm trật tự an toàn giao thông" },
  { area: "NC", text: "phòng, chống tham nhũng, tiêu cực" },
  { area: "NC", text: "tiếp công dân, giải quyết khiếu nại, tố cáo" },
  { area: "NC", text: "thực hiện kết luận thanh tra" },
  { area: "VXNV", text: "sắp xếp tổ chức bộ máy, đơn vị hành chính", from: 2025 },
  { area: "VXNV", text: "vận hành chính quyền địa phương hai cấp", from: 2025 },
  { area: "VXNV", text: "bàn giao hồ sơ, tài liệu của cấp huyện cho cấp xã", from: 2025, until: 2025 },
];

/** {topic} and {period} are filled in; {next} is the following year. */
export const TASK_TITLES: readonly string[] = [
  "Tham mưu UBND tỉnh ban hành Kế hoạch {topic} năm {next}",
  "Báo cáo kết quả {topic} {period}",
  "Rà soát, đề xuất giải pháp đẩy mạnh {topic}",
  "Kiểm tra, đôn đốc {topic} trên địa bàn tỉnh",
  "Triển khai các nhiệm vụ về {topic} theo chỉ đạo của Trung ương",
  "Xây dựng dự thảo Quyết định của UBND tỉnh về {topic}",
  "Tổ chức sơ kết {topic} {period}",
  "Khắc phục hạn chế, tồn tại về {topic} theo kết luận của Đoàn kiểm tra",
  "Chủ trì, phối hợp các cơ quan liên quan tham mưu về {topic}",
  "Cung cấp số liệu, báo cáo tình hình {topic} {period}",
];

/** Document kinds: number series and their share of the assigning documents. */
export const DOCUMENT_KINDS: ReadonlyArray<{ suffix: (area: TaskArea) => string; share: number; startOfWindow: number; step: number }> = [
  { suffix: (area) => `UBND-${area}`, share: 0.7, startOfWindow: 4100, step: 4 },
  { suffix: () => "QĐ-UBND", share: 0.12, startOfWindow: 1500, step: 3 },
  { suffix: () => "KH-UBND", share: 0.1, startOfWindow: 180, step: 2 },
  { suffix: () => "TB-VPUB", share: 0.08, startOfWindow: 300, step: 2 },
];

export function periodLabel(year: number, month: number, variant: number): string {
  const quarter = Math.ceil(month / 3);
  switch (variant % 4) {
    case 0:
      return `quý ${["I", "II", "III", "IV"][quarter - 1]} năm ${year}`;
    case 1:
      return month <= 6 ? `6 tháng đầu năm ${year}` : `năm ${year}`;
    case 2:
      return month <= 9 ? `9 tháng năm ${year}` : `năm ${year}`;
    default:
      return `năm ${year}`;
  }
}
