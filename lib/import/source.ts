// One uploaded file as batches of records, whatever its format: CSV through the UTF-8 decoder
// and the streaming CSV reader, XLSX through exceljs. Every cell comes out in NFC.
import { createReadStream } from "node:fs";
import { Transform } from "node:stream";
import { decodeUtf8 } from "./decode";
import { parseCsv, type SourceRecord } from "./csv";
import { parseXlsx } from "./xlsx";
import type { ImportFormat } from "@/lib/generated/prisma/enums";

/** The file's format, as import_run.file_format stores it. */
export type FileFormat = ImportFormat;

export type { SourceRecord };

/** The format of a file name, or null when it is neither CSV nor XLSX. */
export function formatOf(fileName: string): FileFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "CSV";
  if (lower.endsWith(".xlsx")) return "XLSX";
  return null;
}

/** Counts the bytes read, for the dry run's progress bar. */
function countingStream(onBytes: (bytes: number) => void): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      onBytes(bytes);
      done(null, chunk);
    },
  });
}

function normalise(batch: SourceRecord[]): SourceRecord[] {
  for (const record of batch) {
    for (let i = 0; i < record.cells.length; i += 1) {
      const cell = record.cells[i]!;
      // ASCII is NFC already; skip the normalisation call for it
      if (/[^\x00-\x7f]/.test(cell)) record.cells[i] = cell.normalize("NFC");
    }
  }
  return batch;
}

export async function* readRecords(path: string, format: FileFormat, onBytes?: (bytes: number) => void): AsyncGenerator<SourceRecord[]> {
  if (format === "XLSX") {
    for await (const batch of parseXlsx(path)) yield normalise(batch);
    return;
  }
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  const bytes = onBytes ? stream.pipe(countingStream(onBytes)) : stream;
  for await (const batch of parseCsv(decodeUtf8(bytes))) yield normalise(batch);
}
