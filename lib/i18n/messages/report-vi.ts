// The Vietnamese messages of the quarterly cycle as officials live it (issue 16): the board's
// status filters, the review's confirmation, the form's notices. Spread into the catalogue (vi.ts).
export const reportVi = {
  "reports.filter.label": "Lọc theo tình trạng kỳ {period}",
  "reports.filter.all": "Tất cả ({count})",
  "reports.filter.late": "Nộp muộn ({count})",
  "reports.filter.submitted": "Đã nộp, chờ duyệt ({count})",
  "reports.filter.returned": "Trả lại ({count})",
  "reports.filter.missing": "Chưa nộp ({count})",
  "reports.filter.approved": "Đã duyệt ({count})",
  "reports.filter.active": "Đang lọc: {filter}. ",
  "reports.filter.clear": "Bỏ lọc",
  "reports.filter.none": "Không có cơ quan nào ở tình trạng này.",
  "reports.review.confirmApprove": "Phê duyệt báo cáo này? Số liệu đã duyệt được dùng trong các báo cáo của tỉnh.",
  "reports.review.confirm": "Xác nhận phê duyệt",
  "reports.review.cancel": "Hủy",
  "reports.review.commentBeside": "Ý kiến",
  "reports.form.codeTooltip": "Mã chỉ tiêu: {code}",
} as const;
