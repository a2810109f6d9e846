// The Vietnamese catalogue: the source of truth for message keys (STYLE §10). Every string the
// UI shows lives here; en.ts must provide the same keys (its type is derived from this file).
export const vi = {
  "app.title": "Bảng điều hành cải cách hành chính",
  "app.shortTitle": "Bảng điều hành CCHC",
  "app.description":
    "Theo dõi, đánh giá và điều hành công tác cải cách hành chính của tỉnh trên một nền dữ liệu thống nhất.",
  "app.provinceLabel": "Tỉnh {name}",
  "app.footer": "Hệ thống phục vụ điều hành cải cách hành chính tỉnh {name}",

  "shell.skipToContent": "Chuyển đến nội dung chính",
  "shell.mainNavigation": "Điều hướng chính",
  "shell.menu": "Menu",

  "nav.home": "Trang chủ",
  "nav.scorecard": "Bảng tổng hợp",
  "nav.dossiers": "Hồ sơ TTHC",
  "nav.tasks": "Nhiệm vụ",
  "nav.staffing": "Biên chế",
  "nav.indices": "Chỉ số",
  "nav.reports": "Báo cáo định kỳ",
  "nav.admin": "Quản trị",

  "home.heading": "Tổng quan",
  "home.intro":
    "Hệ thống tập hợp dữ liệu về nhiệm vụ được UBND tỉnh giao, hồ sơ thủ tục hành chính từ hệ thống một cửa, biên chế và các chỉ số PAR INDEX, SIPAS, PAPI, PCI, DTI vào một cơ sở dữ liệu, để lãnh đạo tỉnh theo dõi, các cơ quan báo cáo kết quả và Sở Nội vụ kiểm tra, đánh giá.",
  "home.countsHeading": "Số liệu trong hệ thống",
  "home.count.agencies": "Cơ quan, đơn vị",
  "home.count.procedures": "Thủ tục hành chính",
  "home.count.tasks": "Nhiệm vụ được giao",
  "home.count.dossiers": "Hồ sơ TTHC",
  "home.countsNote": "Tổng số bản ghi hiện có trong cơ sở dữ liệu.",

  "common.noData": "không có dữ liệu",
  "common.loading": "Đang tải dữ liệu…",
  "common.backHome": "Về trang chủ",

  "error.heading": "Đã xảy ra lỗi",
  "error.body": "Không thể hiển thị trang này lúc này. Vui lòng thử lại; nếu lỗi vẫn còn, hãy báo cho quản trị hệ thống.",
  "error.reference": "Mã tham chiếu: {digest}",
  "error.retry": "Thử lại",

  "notFound.title": "Không tìm thấy trang",
  "notFound.heading": "Không tìm thấy trang",
  "notFound.body": "Trang bạn tìm không tồn tại hoặc bạn không có quyền xem trang này.",
} as const;

export type MessageKey = keyof typeof vi;

/** A catalogue for another language: every key of the Vietnamese one, and no other. */
export type Messages = { readonly [Key in MessageKey]: string };
