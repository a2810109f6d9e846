// The quarter pack (issue 20 item 4) as plain data in, a ZIP out (archiver): the files as given,
// then manifest.json naming each file with its size and SHA-256, so that whoever receives the pack
// can check that nothing was lost or changed on the way. No database: the route gathers the files
// through lib/data with the viewer's scope.
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { ZipArchive } from "archiver";

export type PackFile = { path: string; body: Buffer; contentType: string; rows?: number };

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

export const MANIFEST_NAME = "manifest.json";
export const ZIP_CONTENT_TYPE = "application/zip";

export const sha256 = (body: Buffer) => createHash("sha256").update(body).digest("hex");

export function manifestOf(files: readonly PackFile[], meta: Omit<PackManifest, "kind" | "version" | "files">): PackManifest {
  const paths = new Set<string>();
  for (const file of files) {
    if (paths.has(file.path) || file.path === MANIFEST_NAME) throw new Error(`two files named ${file.path} in the pack`);
    paths.add(file.path);
  }
  return {
    kind: "cchc-quarter-pack",
    version: 1,
    ...meta,
    files: files.map((file) => ({ path: file.path, bytes: file.body.length, sha256: sha256(file.body), contentType: file.contentType, ...(file.rows === undefined ? {} : { rows: file.rows }) })),
  };
}

/** The ZIP as a stream: the files, then the manifest. An aborted `signal` stops it. */
export function packZip(files: readonly PackFile[], manifest: PackManifest, signal?: AbortSignal): Readable {
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const date = new Date(manifest.generatedAt);
  for (const file of files) zip.append(file.body, { name: file.path, date });
  zip.append(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8"), { name: MANIFEST_NAME, date });
  signal?.addEventListener("abort", () => zip.abort(), { once: true });
  void zip.finalize();
  return zip;
}
