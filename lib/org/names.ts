// Unit names as codes and short labels: pure string work, no catalogue (the demo loader uses it too).
/** A commune-level unit's short name: the name without its "Phường / Xã / Thị trấn / Đặc khu". */
export function shortNameOf(name: string): string {
  return name.replace(/^(Phường|Xã|Thị trấn|Đặc khu) /, "");
}

/** A unit's code-friendly slug: "Phường Bắc Nha Trang" → "BAC-NHA-TRANG", "Ninh Thuận" → "NINH-THUAN". */
export function slugOf(name: string): string {
  return shortNameOf(name)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
