// The Vietnamese messages of load shedding (issue 19, lib/http/load-shedding.ts). Spread into the
// catalogue (vi.ts), kept in a file of their own so that parallel work on the catalogue does not collide.
export const loadVi = {
  "load.busy.title": "Hệ thống đang bận",
  "load.busy.body": "Có quá nhiều người đang mở bảng điều hành cùng lúc. Trang sẽ tự tải lại sau {seconds} giây.",
  "load.busy.api": "Hệ thống đang bận; không có gì được ghi. Hãy gửi lại yêu cầu sau {seconds} giây.",
} as const;
