// A size in bytes with a binary unit in the viewer's language: 33554432 → "32 MB", 1572864 →
// "1,5 MB" / "1.5 MB" (what lib/i18n/format's formatBytes gives in Vietnamese). LocaleFormat has no
// size yet (issue 23: lib/i18n is converted by another branch); this moves there when it has one.
import type { LocaleFormat } from "@/lib/i18n/locale-format";

const UNITS = ["B", "KB", "MB", "GB"] as const;

export function fileSize(bytes: number, f: LocaleFormat): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${f.upTo(value, value < 10 && unit > 0 ? 1 : 0)} ${UNITS[unit]}`;
}
