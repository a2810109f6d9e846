// The Vietnamese messages of honest comparisons (issue 16 items 5 and 8): periods cut at the
// data's day, the period picker's modes and signed changes. Spread into the catalogue (vi.ts).
export const compareVi = {
  "period.through": "{period} đến ngày {date}",
  "scorecard.picker.modeLabel": "Đang xem theo: {mode}",
  "scorecard.picker.mode.quarter": "quý",
  "scorecard.picker.mode.year": "năm",
  "scorecard.picker.mode.month": "tháng",
  "scorecard.picker.mode.range": "khoảng ngày",
  "scorecard.partialNote":
    "Số liệu đến ngày {date}: kỳ chưa kết thúc nên được so sánh với cùng số ngày ({days} ngày) đầu kỳ trước và cùng kỳ năm trước.",
  "params.rangeAfterData": "Khoảng ngày phải kết thúc chậm nhất vào ngày có số liệu {asOf} (đã chọn đến {to}).",
  "dossiers.list.intro.overdue": "Hồ sơ tiếp nhận trong kỳ {period} chưa giải quyết và đã quá hạn vào cuối ngày {date}, mới nhất trước.",
  "dossiers.list.overdueLink": "Hồ sơ quá hạn hiện nay",
  "dossiers.detail.back": "← Quay lại danh sách hồ sơ ({period})",
} as const;
