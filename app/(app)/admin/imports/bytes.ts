// A file size in the viewer's language ("32 MB", "1,5 MB" / "1.5 MB"): lib/i18n/format.ts's
// formatBytes with the locale's digits. LocaleFormat has no bytes yet (lib/i18n belongs to the
// i18n layer's owner); this moves there as `f.bytes` when it gains one.
import type { LocaleFormat } from "@/lib/i18n/locale-format";

const UNITS = ["B", "KB", "MB", "GB"] as const;

export function formatBytesIn(f: LocaleFormat, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${f.upTo(value, value < 10 && unit > 0 ? 1 : 0)} ${UNITS[unit]}`;
}
