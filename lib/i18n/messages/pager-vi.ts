// The Vietnamese messages of the tables paged on the server and of the league's short view
// (issue 19). Spread into the catalogue (vi.ts), kept in a file of their own so that parallel
// work on the catalogue does not collide.
export const pagerVi = {
  "params.pageSize": "phải là một trong các số dòng mỗi trang: {values}.",
  "pager.label": "Phân trang: {table}",
  "pager.position": "Trang {page}/{pages} · dòng {from}–{to} trong {total}",
  "pager.previous": "Trang trước",
  "pager.next": "Trang sau",
  "pager.first": "Trang đầu",
  "pager.last": "Trang cuối",
  "pager.size": "Số dòng mỗi trang:",
  "pager.sizeCurrent": "{size} (đang chọn)",
  "scorecard.league.short": "Mỗi khối hiện {count} đơn vị đầu và {count} đơn vị cuối theo thứ tự đang chọn; bảng đầy đủ có ở liên kết dưới đây, trong bản in và tệp Excel.",
  "scorecard.league.hidden": "… và {count, plural, other {# đơn vị}} ở giữa khối (xem bảng đầy đủ).",
  "scorecard.league.showAll": "Xem toàn bộ bảng xếp hạng ({count, plural, other {# đơn vị}})",
  "scorecard.league.showShort": "Thu gọn bảng xếp hạng",
} as const;
