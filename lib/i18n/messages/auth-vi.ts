// Vietnamese text of sign-in, password change and the action wrapper. Kept in its own file while
// the shared catalogue (vi.ts, en.ts) is being written; to be merged into it under the same keys.
export const authVi = {
  "signIn.title": "Đăng nhập",
  "signIn.heading": "Đăng nhập hệ thống",
  "signIn.intro": "Dùng tài khoản do Sở Nội vụ hoặc quản trị hệ thống cấp.",
  "signIn.login": "Tên đăng nhập hoặc thư điện tử",
  "signIn.password": "Mật khẩu",
  "signIn.submit": "Đăng nhập",
  "signIn.pending": "Đang đăng nhập…",
  // One message for every failure: it must not tell whether the account exists.
  "signIn.error": "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa tạm thời.",
  "signIn.unavailable": "Chưa đăng nhập được do lỗi hệ thống. Vui lòng thử lại sau ít phút.",
  "signIn.or": "hoặc",
  "signIn.sso": "Đăng nhập một lần (SSO) của tỉnh",
  "signIn.ssoRefused":
    "Không đăng nhập được bằng tài khoản một lần của tỉnh: tài khoản chưa được cấp quyền trong hệ thống này.",
  "signOut.submit": "Đăng xuất",
  "signOut.pending": "Đang đăng xuất…",

  "changePassword.title": "Đổi mật khẩu",
  "changePassword.heading": "Đổi mật khẩu",
  "changePassword.required": "Bạn cần đặt mật khẩu mới trước khi tiếp tục sử dụng hệ thống.",
  "changePassword.current": "Mật khẩu hiện tại",
  "changePassword.new": "Mật khẩu mới",
  "changePassword.newHint": "Ít nhất 10 ký tự, gồm cả chữ và số.",
  "changePassword.confirm": "Nhập lại mật khẩu mới",
  "changePassword.submit": "Đổi mật khẩu",
  "changePassword.pending": "Đang lưu…",
  "changePassword.done": "Đã đổi mật khẩu.",
  "changePassword.wrongCurrent": "Mật khẩu hiện tại không đúng.",
  "changePassword.tooShort": "Mật khẩu mới phải có ít nhất 10 ký tự.",
  "changePassword.tooLong": "Mật khẩu mới không được dài quá 128 ký tự.",
  "changePassword.lettersAndDigits": "Mật khẩu mới phải có cả chữ và số.",
  "changePassword.sameAsCurrent": "Mật khẩu mới phải khác mật khẩu hiện tại.",
  "changePassword.mismatch": "Hai lần nhập mật khẩu mới không khớp.",
  "changePassword.currentRequired": "Nhập mật khẩu hiện tại.",

  "action.sessionExpired": "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  "action.forbidden": "Bạn không có quyền thực hiện thao tác này.",
  "action.mustChangePassword": "Bạn cần đổi mật khẩu trước khi thực hiện thao tác này.",
  "action.invalid": "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
  "action.unique": "Dữ liệu trùng với một bản ghi đã có (ví dụ mã hoặc tên đăng nhập đã được dùng).",
  "action.check": "Dữ liệu vi phạm ràng buộc của hệ thống (ví dụ số âm hoặc ngày kết thúc trước ngày bắt đầu).",
  "action.foreignKey": "Dữ liệu tham chiếu tới một bản ghi không tồn tại hoặc đang được sử dụng.",
  "action.notNull": "Thiếu một giá trị bắt buộc.",
  "action.failed": "Không lưu được thay đổi do lỗi hệ thống. Vui lòng thử lại; nếu lỗi vẫn còn, hãy báo cho quản trị hệ thống.",
} as const;

export type AuthMessageKey = keyof typeof authVi;
