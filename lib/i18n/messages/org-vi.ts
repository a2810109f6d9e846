// The Vietnamese messages of the organisation's history (issue 15): agencies, reorganisations and
// the two ways of reading figures across them. Spread into the catalogue (vi.ts), kept in a file of
// their own so that parallel work on the catalogue does not collide.
export const orgVi = {
  "org.error.unknownNewUnit": "Đơn vị mới được chọn không có trong danh sách đơn vị thành lập.",
  "org.error.unknownUnit": "Không tìm thấy đơn vị.",
  "org.error.successorNotInForce": "{name} không còn hiệu lực vào ngày có hiệu lực của văn bản.",
  "org.error.actAfterEffect": "Ngày ban hành văn bản không được sau ngày có hiệu lực.",
  "org.error.noLines": "Thêm ít nhất một dòng sắp xếp (đơn vị kết thúc và đơn vị kế thừa).",
  "org.error.duplicateKey": "Hai đơn vị mới trùng khóa.",
  "org.error.code": "Mã đơn vị gồm chữ, số, dấu chấm, gạch ngang hoặc gạch dưới, tối đa 32 ký tự.",
  "org.error.codeTaken": "Mã {code} đã được dùng cho một đơn vị khác.",
  "org.error.predecessorNotInForce": "{name} không còn hiệu lực vào ngày trước ngày có hiệu lực: một đơn vị chỉ kết thúc một lần.",
  "org.error.share": "Tỷ lệ kế thừa phải lớn hơn 0 và không quá 1.",
  "org.error.transferKeepsUnit": "Chuyển đơn vị sang đơn vị cấp trên khác giữ nguyên đơn vị đó.",
  "org.error.sameParent": "Đơn vị đã trực thuộc đơn vị cấp trên này.",
  "org.error.transferAndClose": "{name} vừa được chuyển vừa kết thúc trong cùng một văn bản.",
  "org.error.successorRequired": "Chọn đơn vị kế thừa (chỉ giải thể mới không có đơn vị kế thừa).",
  "org.error.successorClosed": "Đơn vị kế thừa cũng kết thúc theo văn bản này.",
  "org.error.renameNeedsNewUnit": "Đổi tên tạo một đơn vị mới mang tên mới; chọn đơn vị mới.",
  "org.error.mixedKinds": "Các dòng của {name} phải cùng một loại sắp xếp.",
  "org.error.sharesSum": "Tỷ lệ kế thừa của {name} cộng lại bằng {total}, phải bằng 1.",
  "org.error.abolishMixed": "{name}: hoặc mọi dòng giải thể có đơn vị kế thừa, hoặc không dòng nào có.",
  "org.error.splitNeedsTwo": "Chia tách {name} cần ít nhất hai đơn vị kế thừa.",
  "org.error.oneSuccessor": "Hợp nhất, đổi tên {name} có đúng một đơn vị kế thừa.",
  "org.error.orphan": "{name} còn trực thuộc {parent}, đơn vị kết thúc theo văn bản này: chuyển {name} sang đơn vị khác hoặc cho kết thúc.",
  "org.error.userUndecided": "Chọn chuyển hoặc khóa tài khoản {user} của đơn vị kết thúc.",
  "org.error.userTarget": "Tài khoản {user} chỉ có thể chuyển sang một đơn vị kế thừa hoặc một đơn vị còn hiệu lực.",
} as const;
