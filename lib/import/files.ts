// Where an upload waits between its dry run and its confirmation: a working copy on local disk
// (streamed there, never held in memory). Originals up to STORED_FILE_LIMIT_BYTES are also kept
// in the database (table import_file), which brings the working copy back after a restart or a
// failure. Copies of runs that no longer need them, and uploads a dead server left half-written,
// are found here and removed by lib/data/imports/lease.ts.
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { KeyedImportError } from "./file-error";
import type { FileFormat } from "./source";

/** Largest upload accepted. */
export const UPLOAD_LIMIT_BYTES = 512 * 1024 * 1024;
/** Largest original (and error report) kept in the database for download. */
export const STORED_FILE_LIMIT_BYTES = 32 * 1024 * 1024;

const DIRECTORY = path.join(os.tmpdir(), "cchc-imports");

/** The folder of one database's working copies (run ids repeat across databases). */
export function workingDirectory(database: { host?: string; port?: number; database?: string }): string {
  const name = `${database.host ?? "local"}-${database.port ?? 5432}-${database.database ?? "db"}`.replace(/[^A-Za-z0-9_.-]/g, "_");
  return path.join(DIRECTORY, name);
}

export function workingPath(directory: string, runId: number, format: FileFormat): string {
  return path.join(directory, `run-${runId}.${format.toLowerCase()}`);
}

/** An upload past `limit` bytes; the limit is written in the reader's format of sizes. */
export class UploadTooLargeError extends KeyedImportError {
  override name = "UploadTooLargeError";
  constructor(limit: number) {
    super((f) => ({ key: "import.error.tooLarge", values: { limit: f.bytes(limit) } }));
  }
}

/** Streams an upload to a new temporary file; refuses past `limit` bytes. */
export async function saveUpload(body: ReadableStream<Uint8Array> | Readable, limit = UPLOAD_LIMIT_BYTES): Promise<{ path: string; size: number }> {
  await mkdir(DIRECTORY, { recursive: true });
  const target = path.join(DIRECTORY, `upload-${globalThis.crypto.randomUUID()}`);
  let size = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) done(new UploadTooLargeError(limit));
      else done(null, chunk);
    },
  });
  const source = body instanceof Readable ? body : Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
  try {
    await pipeline(source, guard, createWriteStream(target));
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
  return { path: target, size };
}

export async function moveTo(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await rename(from, to);
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export async function restore(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
}

export async function discard(file: string): Promise<void> {
  await rm(file, { force: true });
}

/** The working copies in one database's folder, by run id. */
export async function listWorkingCopies(directory: string): Promise<{ runId: number; path: string }[]> {
  const names = await readdir(directory).catch(() => [] as string[]);
  return names.flatMap((name) => {
    const match = /^run-(\d+)\.(csv|xlsx)$/.exec(name);
    return match ? [{ runId: Number(match[1]), path: path.join(directory, name) }] : [];
  });
}

/**
 * Uploads nobody has written to for `idleMs`: left by a server that died while receiving them (a
 * live upload writes every few milliseconds, and a finished one is moved to its run's folder).
 */
export async function abandonedUploads(idleMs: number, now = Date.now()): Promise<string[]> {
  const names = await readdir(DIRECTORY).catch(() => [] as string[]);
  const found: string[] = [];
  for (const name of names.filter((n) => n.startsWith("upload-"))) {
    const file = path.join(DIRECTORY, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && now - info.mtimeMs > idleMs) found.push(file);
  }
  return found;
}
