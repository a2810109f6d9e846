// The bulk loader stores awkward values exactly, through COPY on PostgreSQL and through INSERT
// on the embedded server, whichever the suite runs on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { bulkLoad } from "@/lib/db/bulk-load";
import { createFreshDatabase, type FreshDatabase } from "../support/fresh-database";

let database: FreshDatabase;
let client: pg.Client;

describe("bulkLoad", () => {
  beforeAll(async () => {
    database = await createFreshDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`CREATE TYPE mood AS ENUM ('ONLINE', 'IN_PERSON')`);
    await client.query(`CREATE TABLE sample (id serial PRIMARY KEY, label text, at timestamptz, day date, flag boolean,
                        n integer, x double precision, kind mood, data jsonb, bytes bytea)`);
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it("round-trips text, instants, dates, booleans, numbers, enums, JSON and bytes", async () => {
    const labels = ["tab\there", "two\nlines\r\n", "back\\slash", "\\N", "", "Phan Rang–Tháp Chàm", null];
    const at = new Date(Date.UTC(2024, 7, 30, 16, 59, 59, 999));
    function* rows() {
      for (let i = 0; i < 2600; i += 1) {
        yield [labels[i % labels.length], at, "2024-08-30", i % 2 === 0, i, i / 4, i % 3 === 0 ? "ONLINE" : "IN_PERSON", { i, s: "a\tb" }, new Uint8Array([i % 256, 0])];
      }
    }
    const columns = ["label", "at", "day", "flag", "n", "x", "kind", "data", "bytes"];
    expect(await bulkLoad(client, "sample", columns, rows())).toBe(2600);
    const { rows: stored } = await client.query(`SELECT label, at, day::text AS day, flag, n, x, kind::text AS kind, data, bytes FROM sample ORDER BY id LIMIT 7`);
    expect(stored.map((r) => r.label)).toEqual(labels);
    expect(stored[0]).toMatchObject({ day: "2024-08-30", flag: true, n: 0, x: 0, kind: "ONLINE", data: { i: 0, s: "a\tb" } });
    expect((stored[0]!.at as Date).toISOString()).toBe(at.toISOString());
    expect([...(stored[1]!.bytes as Buffer)]).toEqual([1, 0]);
    expect((await client.query("SELECT count(*)::int AS n FROM sample")).rows[0].n).toBe(2600);
  });

  it("rolls back cleanly when the database rejects a row", async () => {
    await client.query("BEGIN");
    await expect(bulkLoad(client, "sample", ["n"], [[1], ["not a number"]])).rejects.toThrow();
    await client.query("ROLLBACK");
    expect((await client.query("SELECT count(*)::int AS n FROM sample")).rows[0].n).toBe(2600);
  });
});
