// The quarter pack's ZIP read back with jszip: every file as given, manifest.json last with each
// file's size and SHA-256 (recomputed here from the unzipped bytes), two files of one name refused.
import { createHash } from "node:crypto";
import { buffer } from "node:stream/consumers";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { manifestOf, MANIFEST_NAME, packZip, type PackFile, type PackManifest } from "@/lib/export/pack/quarter-pack";

const FILES: PackFile[] = [
  { path: "1-bao-cao/bao-cao-cchc-2024-Q2.pdf", body: Buffer.from("%PDF-1.7 Nguyễn Thị Hoà"), contentType: "application/pdf" },
  { path: "3-so-lieu/so-lieu-2024-Q2.xlsx", body: Buffer.alloc(100_000, 7), contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", rows: 123 },
];
const META = { province: "Khánh Hòa", unit: null, period: { key: "2024-Q2", label: "Quý II/2024" }, dataAsOf: "2024-08-31", generatedAt: "2026-12-02T06:00:00.000Z", generatedBy: "sonoivu" };

describe("the quarter pack", () => {
  it("holds each file and a manifest whose checksums match the unzipped bytes", async () => {
    const manifest = manifestOf(FILES, META);
    const zip = await JSZip.loadAsync(await buffer(packZip(FILES, manifest)));
    expect(Object.keys(zip.files).sort()).toEqual([...FILES.map((f) => f.path), MANIFEST_NAME].sort());
    const read = JSON.parse(await zip.file(MANIFEST_NAME)!.async("string")) as PackManifest;
    expect(read).toMatchObject({ kind: "cchc-quarter-pack", version: 1, province: "Khánh Hòa", period: { key: "2024-Q2" }, unit: null, generatedBy: "sonoivu" });
    expect(read.files.map((f) => f.path)).toEqual(FILES.map((f) => f.path));
    for (const entry of read.files) {
      const bytes = await zip.file(entry.path)!.async("nodebuffer");
      expect(entry.bytes).toBe(bytes.length);
      expect(entry.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    expect(read.files[1]!.rows).toBe(123);
    expect((await zip.file(FILES[0]!.path)!.async("nodebuffer")).toString()).toBe("%PDF-1.7 Nguyễn Thị Hoà");
  });

  it("refuses two files of one name and a file named like the manifest", () => {
    expect(() => manifestOf([FILES[0]!, FILES[0]!], META)).toThrow(/two files/);
    expect(() => manifestOf([{ ...FILES[0]!, path: MANIFEST_NAME }], META)).toThrow(/two files/);
  });
});
