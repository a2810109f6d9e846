// The COPY text encoding must round-trip every value exactly (a stray tab or backslash would
// shift columns or corrupt data silently), and the embedded fallback must respect PostgreSQL's
// 65,535-parameter limit per statement.
import { describe, expect, it } from "vitest";
import type { ClientBase } from "pg";
import { bulkLoad, encodeCopyRow, encodeCopyValue, isEmbedded } from "@/lib/db/bulk-load";

/** PostgreSQL's reading of one COPY text line (the subset of escapes the encoder produces). */
function decodeLine(line: string): (string | null)[] {
  return line.split("\t").map((field) => {
    if (field === "\\N") return null;
    return field.replace(/\\(.)/g, (_, c: string) => ({ t: "\t", n: "\n", r: "\r", "\\": "\\" })[c] ?? c);
  });
}

describe("COPY text encoding", () => {
  it("escapes the delimiter, line ends and backslashes", () => {
    expect(encodeCopyValue("a\tb")).toBe("a\\tb");
    expect(encodeCopyValue("dòng 1\ndòng 2\r\n")).toBe("dòng 1\\ndòng 2\\r\\n");
    expect(encodeCopyValue("C:\\thư mục")).toBe("C:\\\\thư mục");
    expect(encodeCopyValue("Đăng ký khai sinh")).toBe("Đăng ký khai sinh");
  });

  it("writes NULL as \\N and keeps the text \\N distinct from it", () => {
    expect(encodeCopyValue(null)).toBe("\\N");
    expect(encodeCopyValue(undefined)).toBe("\\N");
    expect(encodeCopyValue("\\N")).toBe("\\\\N");
    expect(decodeLine(encodeCopyRow(["\\N", null]).slice(0, -1))).toEqual(["\\N", null]);
  });

  it("writes instants in UTC ISO 8601, booleans as t/f, numbers as written", () => {
    expect(encodeCopyValue(new Date(Date.UTC(2024, 7, 30, 16, 59, 59, 999)))).toBe("2024-08-30T16:59:59.999Z");
    expect(encodeCopyValue(true)).toBe("t");
    expect(encodeCopyValue(false)).toBe("f");
    expect(encodeCopyValue(0)).toBe("0");
    expect(encodeCopyValue(-12.5)).toBe("-12.5");
    expect(encodeCopyValue(9007199254740993n)).toBe("9007199254740993");
    expect(encodeCopyValue(Number.NaN)).toBe("NaN");
    expect(encodeCopyValue(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
    expect(() => encodeCopyValue(new Date(Number.NaN))).toThrow(/invalid Date/);
  });

  it("writes objects as JSON and bytes as bytea hex", () => {
    expect(encodeCopyValue({ name: "Ninh Thuận", note: "a\tb" })).toBe('{"name":"Ninh Thuận","note":"a\\\\tb"}');
    expect(encodeCopyValue(new Uint8Array([0, 15, 255]))).toBe("\\\\x000fff");
  });

  it("round-trips awkward text through one line per row", () => {
    const values = ["", " ", "\t", "\n\n", "\\", "\\\\t", "tab\tnew\nline\rback\\slash", "Phan Rang–Tháp Chàm", "\u00a0ẞ😀"];
    const row = [...values, null, 42];
    const line = encodeCopyRow(row);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1).includes("\n")).toBe(false);
    expect(decodeLine(line.slice(0, -1))).toEqual([...values, null, "42"]);
  });
});

type Call = { text: string; values?: unknown[] };

function fakeClient(version: string): { client: ClientBase; calls: Call[] } {
  const calls: Call[] = [];
  const client = {
    query(text: string, values?: unknown[]) {
      calls.push({ text, values });
      return Promise.resolve(text.startsWith("SELECT version()") ? { rows: [{ version }] } : { rows: [], rowCount: 0 });
    },
  } as unknown as ClientBase;
  return { client, calls };
}

describe("embedded fallback", () => {
  it("asks the server once per client", async () => {
    const { client, calls } = fakeClient("PostgreSQL 17.5 (PGlite 0.5.14)");
    expect(await isEmbedded(client)).toBe(true);
    expect(await isEmbedded(client)).toBe(true);
    expect(calls).toHaveLength(1);
    expect(await isEmbedded(fakeClient("PostgreSQL 15.18 (Debian)").client)).toBe(false);
  });

  it("sends multi-row INSERTs of at most 1,000 rows, with Dates as ISO text", async () => {
    const { client, calls } = fakeClient("PostgreSQL 17.5 (PGlite 0.5.14)");
    function* rows() {
      for (let i = 0; i < 2500; i += 1) yield [i, `hồ sơ ${i}`, new Date(Date.UTC(2024, 0, 1))];
    }
    expect(await bulkLoad(client, "dossier", ["id", "code", "received_at"], rows())).toBe(2500);
    const inserts = calls.filter((c) => c.text.startsWith("INSERT"));
    expect(inserts.map((c) => (c.values ?? []).length)).toEqual([3000, 3000, 1500]);
    expect(inserts[0]!.text).toMatch(/^INSERT INTO "dossier" \("id", "code", "received_at"\) VALUES \(\$1, \$2, \$3\), \(\$4/);
    expect(inserts[0]!.values![2]).toBe("2024-01-01T00:00:00.000Z");
  });

  it("keeps each statement under 65,535 parameters for wide rows, from async sources too", async () => {
    const { client, calls } = fakeClient("PostgreSQL 17.5 (PGlite 0.5.14)");
    const columns = Array.from({ length: 70 }, (_, i) => `c${i}`);
    async function* rows() {
      for (let i = 0; i < 2000; i += 1) yield columns.map(() => i);
    }
    expect(await bulkLoad(client, "wide", columns, rows())).toBe(2000);
    const sizes = calls.filter((c) => c.text.startsWith("INSERT")).map((c) => (c.values ?? []).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(65_535);
    expect(sizes.reduce((s, n) => s + n, 0)).toBe(2000 * 70);
  });

  it("rejects a row of the wrong width", async () => {
    const { client } = fakeClient("PostgreSQL 17.5 (PGlite 0.5.14)");
    await expect(bulkLoad(client, "t", ["a", "b"], [[1]])).rejects.toThrow(/1 values for 2 columns/);
  });
});
