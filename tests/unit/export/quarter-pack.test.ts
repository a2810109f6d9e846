// The quarter pack's ZIP read back with jszip: every file as given (bytes or a stream), manifest.json
// last with each file's size and SHA-256 (recomputed here from the unzipped bytes), two files of one
// name refused; a cancelled pack stops asking for files.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { MANIFEST_NAME, packZip, type PackFile, type PackManifest } from "@/lib/export/pack/quarter-pack";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const files = (): PackFile[] => [
  { path: "1-bao-cao/bao-cao-cchc-2024-Q2.pdf", body: Buffer.from("%PDF-1.7 Nguyễn Thị Hoà"), contentType: "application/pdf" },
  { path: "3-so-lieu/so-lieu-2024-Q2.xlsx", body: Buffer.alloc(100_000, 7), contentType: XLSX, rows: 123 },
  // a workbook streamed in chunks, as the pack writes its workbooks
  { path: "4-bao-cao-don-vi/don-vi-7-2024-Q2.xlsx", body: Readable.from([Buffer.from("PK first "), Buffer.alloc(70_000, 3), Buffer.from(" last")]), contentType: XLSX },
];
const META = { province: "Khánh Hòa", unit: null, period: { key: "2024-Q2", label: "Quý II/2024" }, dataAsOf: "2024-08-31", generatedAt: "2026-12-02T06:00:00.000Z", generatedBy: "sonoivu" };

describe("the quarter pack", () => {
  it("holds each file and a manifest whose checksums match the unzipped bytes", async () => {
    const given = files();
    const zip = await JSZip.loadAsync(await buffer(packZip(given, META)));
    expect(Object.keys(zip.files).sort()).toEqual([...given.map((f) => f.path), MANIFEST_NAME].sort());
    const read = JSON.parse(await zip.file(MANIFEST_NAME)!.async("string")) as PackManifest;
    expect(read).toMatchObject({ kind: "cchc-quarter-pack", version: 1, province: "Khánh Hòa", period: { key: "2024-Q2" }, unit: null, generatedBy: "sonoivu" });
    expect(read.files.map((f) => f.path)).toEqual(given.map((f) => f.path));
    for (const entry of read.files) {
      const bytes = await zip.file(entry.path)!.async("nodebuffer");
      expect(entry.bytes).toBe(bytes.length);
      expect(entry.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    expect(read.files.map((f) => f.bytes)).toEqual([Buffer.byteLength("%PDF-1.7 Nguyễn Thị Hoà"), 100_000, 70_014]);
    expect(read.files[1]!.rows).toBe(123);
    expect(read.files[2]!.rows).toBeUndefined();
    expect((await zip.file(given[0]!.path)!.async("nodebuffer")).toString()).toBe("%PDF-1.7 Nguyễn Thị Hoà");
  });

  it("refuses two files of one name and a file named like the manifest", async () => {
    const [first] = files();
    await expect(buffer(packZip([first!, { ...first!, body: Buffer.from("x") }], META))).rejects.toThrow(/two files/);
    await expect(buffer(packZip([{ ...first!, path: MANIFEST_NAME }], META))).rejects.toThrow(/two files/);
  });

  it("produces a file only when the archive has taken the one before, and stops asking once cancelled", async () => {
    const stop = new AbortController();
    let produced = 0;
    let closed = false;
    async function* many(): AsyncGenerator<PackFile> {
      try {
        for (let n = 0; n < 1_000; n += 1) {
          produced += 1;
          yield { path: `f-${n}.bin`, body: Buffer.alloc(50_000, n), contentType: "application/octet-stream" };
        }
      } finally {
        closed = true;
      }
    }
    const zip = packZip(many(), META, stop.signal);
    const failed = new Promise<Error>((resolve) => zip.on("error", resolve));
    // read the first chunk, then cancel as a download's Hủy does
    await new Promise((resolve) => zip.once("data", resolve));
    stop.abort(new Error("cancelled"));
    expect(String(await failed)).toMatch(/cancelled|ABORTED/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(produced).toBeLessThan(10);
    expect(closed).toBe(true);
  });
});
