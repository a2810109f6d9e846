// Streaming bulk load into one table. On PostgreSQL: COPY … FROM STDIN in text format, fed in
// 64 KB chunks with back-pressure, so millions of rows pass through a few megabytes of memory.
// On the embedded PGlite server, whose socket server cannot carry the COPY sub-protocol, the
// same rows go in as multi-row parameterised INSERTs.
//
// Values: null/undefined → NULL, Date → ISO 8601 instant, boolean → t/f, number and bigint as
// written, Uint8Array → bytea hex, other objects and arrays → JSON (for json/jsonb columns).
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ClientBase } from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type Rows = AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>;

export type BulkLoadOptions = {
  /** rows per INSERT statement on the embedded server (default 1,000; capped by 65,535 parameters) */
  insertBatchRows?: number;
  /**
   * COPY … WITH (FREEZE): rows are written already frozen, sparing the first VACUUM. Only valid
   * when the table was created or truncated earlier in the same transaction; ignored when embedded.
   */
  freeze?: boolean;
  /** called with the running row count after each chunk or statement */
  onProgress?: (rows: number) => void;
};

const MAX_PARAMETERS = 65_535;
const CHUNK_CHARS = 64 * 1024;

const embeddedByClient = new WeakMap<ClientBase, Promise<boolean>>();

/** Whether the client talks to the embedded PGlite server (asked once per client). */
export function isEmbedded(client: ClientBase): Promise<boolean> {
  let answer = embeddedByClient.get(client);
  if (!answer) {
    answer = client.query<{ version: string }>("SELECT version() AS version").then((r) => (r.rows[0]?.version ?? "").includes("PGlite"));
    embeddedByClient.set(client, answer);
  }
  return answer;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function escapeText(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : text;
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

/** One value in COPY text format (without the column delimiter). */
export function encodeCopyValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return escapeText(value);
    case "number":
      return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    case "bigint":
      return value.toString();
    case "boolean":
      return value ? "t" : "f";
    case "undefined":
      return "\\N";
    case "object":
      if (value === null) return "\\N";
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new Error("bulkLoad: invalid Date");
        return value.toISOString();
      }
      // bytea's own "\x…" syntax; the backslash is doubled for the COPY text layer
      if (value instanceof Uint8Array) return `\\\\x${hex(value)}`;
      return escapeText(JSON.stringify(value));
    default:
      throw new Error(`bulkLoad: cannot encode a value of type ${typeof value}`);
  }
}

/** One row in COPY text format, with its line end. */
export function encodeCopyRow(row: readonly unknown[]): string {
  let line = row.length === 0 ? "" : encodeCopyValue(row[0]);
  for (let i = 1; i < row.length; i += 1) line += "\t" + encodeCopyValue(row[i]);
  return line + "\n";
}

/** A value as a query parameter for the INSERT fallback. */
function parameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array || value === null || typeof value !== "object") return value;
  return JSON.stringify(value);
}

function isAsync(rows: Rows): rows is AsyncIterable<readonly unknown[]> {
  return typeof (rows as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
}

/** Batches rows; a sync source is read without a promise per row. */
async function* batches(rows: Rows, size: number): AsyncGenerator<(readonly unknown[])[]> {
  let batch: (readonly unknown[])[] = [];
  const full = (row: readonly unknown[]): boolean => batch.push(row) >= size;
  const take = () => {
    const out = batch;
    batch = [];
    return out;
  };
  if (isAsync(rows)) {
    for await (const row of rows) if (full(row)) yield take();
  } else {
    for (const row of rows) if (full(row)) yield take();
  }
  if (batch.length > 0) yield batch;
}

function checkWidth(row: readonly unknown[], columns: readonly string[], table: string): void {
  if (row.length !== columns.length) throw new Error(`bulkLoad ${table}: a row has ${row.length} values for ${columns.length} columns`);
}

async function copyRows(client: ClientBase, table: string, columns: readonly string[], rows: Rows, options: BulkLoadOptions): Promise<number> {
  let count = 0;
  const encode = (row: readonly unknown[]): string => {
    checkWidth(row, columns, table);
    count += 1;
    return encodeCopyRow(row);
  };
  async function* chunks(): AsyncGenerator<string> {
    let chunk = "";
    const flush = () => {
      const out = chunk;
      chunk = "";
      options.onProgress?.(count);
      return out;
    };
    if (isAsync(rows)) {
      for await (const row of rows) if ((chunk += encode(row)).length >= CHUNK_CHARS) yield flush();
    } else {
      for (const row of rows) if ((chunk += encode(row)).length >= CHUNK_CHARS) yield flush();
    }
    if (chunk.length > 0) yield flush();
  }
  const sql =
    `COPY ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(", ")}) FROM STDIN` +
    (options.freeze ? " WITH (FORMAT text, FREEZE)" : " WITH (FORMAT text)");
  const sink = client.query(copyFrom(sql));
  await pipeline(Readable.from(chunks()), sink);
  if (sink.rowCount !== count) throw new Error(`bulkLoad ${table}: sent ${count} rows, PostgreSQL stored ${sink.rowCount}`);
  return count;
}

async function insertRows(client: ClientBase, table: string, columns: readonly string[], rows: Rows, options: BulkLoadOptions): Promise<number> {
  const perStatement = Math.max(1, Math.min(options.insertBatchRows ?? 1000, Math.floor(MAX_PARAMETERS / columns.length)));
  const head = `INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(", ")}) VALUES `;
  let count = 0;
  for await (const batch of batches(rows, perStatement)) {
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (const row of batch) {
      checkWidth(row, columns, table);
      const start = params.length;
      for (const value of row) params.push(parameter(value));
      tuples.push(`(${row.map((_, i) => `$${start + i + 1}`).join(", ")})`);
    }
    await client.query(head + tuples.join(", "), params);
    count += batch.length;
    options.onProgress?.(count);
  }
  return count;
}

/** Loads rows into `table` (columns in order) and returns how many were loaded. */
export async function bulkLoad(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: Rows,
  options: BulkLoadOptions = {},
): Promise<number> {
  if (columns.length === 0) throw new Error(`bulkLoad ${table}: no columns`);
  return (await isEmbedded(client)) ? insertRows(client, table, columns, rows, options) : copyRows(client, table, columns, rows, options);
}
