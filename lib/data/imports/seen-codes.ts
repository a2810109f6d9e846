// The natural keys of a file's valid rows, for the dry run's "same code earlier in the file" and
// "already stored" checks. They live in a temporary table with a primary key rather than in memory:
// a million-row file holds a million codes, and the dry run must stay within a bounded amount of
// memory whatever the file's size. Rows are added a chunk at a time, in line order, so the first
// valid row with a code is the one kept and every later one is a duplicate of it. Unscoped: used by
// the dry run, whose caller checked "import.run".
import "server-only";
import { randomBytes } from "node:crypto";
import type { ClientBase } from "pg";
import { quoteIdentifier } from "@/lib/db/bulk-load";
import type { KindSpec } from "@/lib/import/kinds";

export type SeenEntry = { code: string; line: number };

export type ChunkVerdict = {
  /** line of a duplicate → line of the first valid row with its code */
  duplicates: Map<number, number>;
  /** how many of the chunk's new codes are already stored in the kind's table (rows to update) */
  existing: number;
};

export class SeenCodes {
  private constructor(
    private readonly client: ClientBase,
    private readonly spec: KindSpec,
    /** one name per dry run: the embedded server multiplexes every connection onto one session */
    private readonly table: string,
  ) {}

  /** Creates an empty temporary table; `close` drops it. */
  static async open(client: ClientBase, spec: KindSpec): Promise<SeenCodes> {
    const name = `import_seen_code_${randomBytes(6).toString("hex")}`;
    await client.query(`CREATE TEMP TABLE ${name} (code text PRIMARY KEY, line integer NOT NULL)`);
    return new SeenCodes(client, spec, `pg_temp.${name}`);
  }

  /** Adds one chunk of valid rows (in line order) and says which are duplicates. */
  async add(entries: readonly SeenEntry[]): Promise<ChunkVerdict> {
    const duplicates = new Map<number, number>();
    if (entries.length === 0) return { duplicates, existing: 0 };
    const firstInChunk = new Map<string, number>();
    for (const { code, line } of entries) if (!firstInChunk.has(code)) firstInChunk.set(code, line);
    const codes = [...firstInChunk.keys()];
    const earlier = await this.client.query<{ code: string; line: number }>(`SELECT code, line FROM ${this.table} WHERE code = ANY($1::text[])`, [codes]);
    const earlierLine = new Map(earlier.rows.map((row) => [row.code, row.line]));
    for (const { code, line } of entries) {
      const first = earlierLine.get(code) ?? firstInChunk.get(code)!;
      if (first !== line) duplicates.set(line, first);
    }
    const fresh = codes.filter((code) => !earlierLine.has(code));
    if (fresh.length === 0) return { duplicates, existing: 0 };
    await this.client.query(`INSERT INTO ${this.table} (code, line) SELECT * FROM unnest($1::text[], $2::int[])`, [
      fresh,
      fresh.map((code) => firstInChunk.get(code)!),
    ]);
    const stored = await this.client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${quoteIdentifier(this.spec.table)} WHERE code = ANY($1::text[])`,
      [fresh],
    );
    return { duplicates, existing: stored.rows[0]?.n ?? 0 };
  }

  async close(): Promise<void> {
    await this.client.query(`DROP TABLE IF EXISTS ${this.table}`);
  }
}
