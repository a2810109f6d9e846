// File sizes on the import pages in the viewer's language: the same text as the legacy Vietnamese
// formatBytes for Vietnamese viewers, English digits for English ones.
import { describe, expect, it } from "vitest";
import { t } from "@/tests/support/vi";
import { formatBytes } from "@/tests/support/vi";
import { localeFormat } from "@/lib/i18n/locale-format";

const vi = localeFormat("vi", t);
const en = localeFormat("en", t);

describe("f.bytes", () => {
  it("writes what the legacy formatter writes in Vietnamese", () => {
    for (const bytes of [0, 512, 1023, 1024, 1536, 10 * 1024, 33554432, 1.5 * 1024 ** 3, 5 * 1024 ** 4]) {
      expect(vi.bytes(bytes)).toBe(formatBytes(bytes));
    }
    expect(vi.bytes(33554432)).toBe("32 MB");
    expect(vi.bytes(1536)).toBe("1,5 KB");
  });

  it("uses English digits for English viewers", () => {
    expect(en.bytes(1536)).toBe("1.5 KB");
    expect(en.bytes(512)).toBe("512 B");
    expect(en.bytes(5 * 1024 ** 4)).toBe("5,120 GB");
  });
});
