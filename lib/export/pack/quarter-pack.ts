// The quarter pack (issue 20 item 4) as plain data in, a ZIP out (archiver): the files as they are
// produced, then manifest.json naming each file with its size and SHA-256, so that whoever receives
// the pack can check that nothing was lost or changed on the way. The ZIP streams: a file is hashed
// on its way into the archive and the next one is produced only once archiver has taken it, so the
// pack holds one file at a time, not all of them (issue 20 item 5; the figure is in
// docs/PERFORMANCE.md). No database: the route gathers the files through lib/data with the viewer's scope.
import { createHash } from "node:crypto";
import { PassThrough, Transform, type Readable } from "node:stream";
import { ZipArchive } from "archiver";

/** A file of the pack: its bytes, or a stream of them (a workbook written straight into the ZIP). */
export type PackFile = { path: string; body: Buffer | Readable; contentType: string; rows?: number };

export type ManifestEntry = { path: string; bytes: number; sha256: string; contentType: string; rows?: number };

export type PackManifest = {
  kind: "cchc-quarter-pack";
  version: 1;
  province: string;
  /** null: the whole province; otherwise the one unit the pack is about */
  unit: { id: number; name: string } | null;
  period: { key: string; label: string };
  dataAsOf: string;
  generatedAt: string;
  generatedBy: string;
  files: ManifestEntry[];
};

export type ManifestMeta = Omit<PackManifest, "kind" | "version" | "files">;

export const MANIFEST_NAME = "manifest.json";
export const ZIP_CONTENT_TYPE = "application/zip";

export const sha256 = (body: Buffer) => createHash("sha256").update(body).digest("hex");

/** Counts and hashes the bytes that pass, so that a streamed file's manifest entry needs no copy of it. */
function hashing(): { tap: Transform; entry: () => { bytes: number; sha256: string } } {
  const hash = createHash("sha256");
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return { tap, entry: () => ({ bytes, sha256: hash.digest("hex") }) };
}

function checkPath(paths: Set<string>, path: string): void {
  if (paths.has(path) || path === MANIFEST_NAME) throw new Error(`two files named ${path} in the pack`);
  paths.add(path);
}

/**
 * The ZIP as a stream: each file of `files` as it comes, then the manifest. An aborted `signal`, or
 * the reader going away, stops it: no further file is produced, and the archive is destroyed.
 */
export function packZip(files: Iterable<PackFile> | AsyncIterable<PackFile>, meta: ManifestMeta, signal?: AbortSignal): Readable {
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const out = new PassThrough();
  const date = new Date(meta.generatedAt);
  const stop = new AbortController();
  const abort = () => stop.abort(signal?.reason ?? new Error("pack cancelled"));
  signal?.addEventListener("abort", abort, { once: true });
  // the download was cancelled: the body is destroyed before the archive ended
  out.on("close", () => {
    if (!out.writableFinished) abort();
  });
  stop.signal.addEventListener("abort", () => zip.abort(), { once: true });
  zip.on("error", (error: Error) => out.destroy(error));
  zip.pipe(out);

  const add = async (file: PackFile): Promise<ManifestEntry> => {
    const { tap, entry } = hashing();
    const taken = new Promise<void>((resolve, reject) => {
      const onEntry = (data: { name: string }) => {
        if (data.name !== file.path) return;
        zip.off("entry", onEntry);
        resolve();
      };
      zip.on("entry", onEntry);
      stop.signal.addEventListener("abort", () => reject(stop.signal.reason), { once: true });
    });
    if (Buffer.isBuffer(file.body)) tap.end(file.body);
    else file.body.on("error", (error) => tap.destroy(error)).pipe(tap);
    zip.append(tap, { name: file.path, date });
    // archiver emits "entry" once the file is in the archive: only then is the next one produced
    await taken;
    return { path: file.path, ...entry(), contentType: file.contentType, ...(file.rows === undefined ? {} : { rows: file.rows }) };
  };

  void (async () => {
    const entries: ManifestEntry[] = [];
    const paths = new Set<string>();
    for await (const file of files) {
      stop.signal.throwIfAborted();
      checkPath(paths, file.path);
      entries.push(await add(file));
    }
    stop.signal.throwIfAborted();
    const manifest: PackManifest = { kind: "cchc-quarter-pack", version: 1, ...meta, files: entries };
    zip.append(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8"), { name: MANIFEST_NAME, date });
    await zip.finalize();
  })().catch((error: unknown) => {
    if (!stop.signal.aborted) console.error("Tạo bộ hồ sơ quý thất bại:", error);
    zip.abort();
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return out;
}
