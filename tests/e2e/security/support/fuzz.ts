// Seeded generators of bad input for the fuzz pass. Every case is drawn from one Random (the
// demo's mulberry32) forked per target, so FUZZ_SEED and the case's number reproduce it exactly.
// Each value belongs to a class; whether a class must be refused depends on the kind of field
// (a formula is fine text but no date). Values never contain words the raw-database-text check
// looks for, so an echo of the input cannot pass for a database message.
import { Random } from "@/lib/demo/random";

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 0x17_5ec0);

export type FieldKind = "code" | "text" | "date" | "count" | "flag" | "choice";

export type BadValue = { kind: string; value: unknown; /** the kinds of field that must refuse it */ refusedBy: readonly FieldKind[] };

const ALL: readonly FieldKind[] = ["code", "text", "date", "count", "flag", "choice"];
const NOT_TEXT: readonly FieldKind[] = ["code", "date", "count", "flag", "choice"];
const NOT_TEXT_OR_CODE: readonly FieldKind[] = ["date", "count", "flag", "choice"];

const CONTROLS = ["\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f", "\u0085", "\u009b"];
const BIDI = ["\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f"];
// not U+FEFF: JavaScript's trim() removes it at either end, which is harmless normalisation
const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"];

/** `piece` inside `base` (never at an end, where trimming could remove a whitespace control). */
function insertAt(random: Random, base: string, piece: string): string {
  if (base.length < 2) return `${base}x${piece}x`;
  const at = random.int(1, base.length - 1);
  return `${base.slice(0, at)}${piece}${base.slice(at)}`;
}

/** One bad value for a field whose good value is `base`. `json` allows values a CSV cell cannot hold. */
export function badValue(random: Random, base: string, json: boolean): BadValue {
  const classes: (() => BadValue)[] = [
    () => ({ kind: "nul", value: insertAt(random, base, "\u0000"), refusedBy: ALL }),
    () => ({ kind: "control", value: insertAt(random, base, random.pick(CONTROLS)), refusedBy: ALL }),
    () => ({ kind: "bidi", value: insertAt(random, base, random.pick(BIDI)), refusedBy: ALL }),
    () => ({ kind: "invisible", value: insertAt(random, base, random.pick(INVISIBLE)), refusedBy: NOT_TEXT }),
    () => ({ kind: "overlong", value: base + "x".repeat(random.pick([501, 2001, 10_001])), refusedBy: ALL }),
    () => ({ kind: "formula", value: random.pick(["=HYPERLINK(\"http://evil.example\",\"x\")", "=1+1", "@SUM(1)", "-1+1+cmd|'/Ccalc'!A0", "+1+1", "\t=1"]), refusedBy: NOT_TEXT_OR_CODE }),
    () => ({ kind: "markup", value: random.pick(["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{7*7}}", "${7*7}", "javascript:alert(1)"]), refusedBy: NOT_TEXT_OR_CODE }),
    () => ({ kind: "sql", value: random.pick(["' OR '1'='1", "'; DROP TABLE dossier; --", "1; SELECT pg_sleep(5)", "\\'", "%' OR 1=1 --"]), refusedBy: NOT_TEXT_OR_CODE }),
    () => ({ kind: "percent", value: random.pick(["%E0%A4%A", "%00", "%", "%%", "%FF%FE", "%C0%AF"]), refusedBy: NOT_TEXT_OR_CODE }),
    () => ({ kind: "unicode", value: random.pick(["Ư\u0301\u0302\u0303", "👍🏽‍♀️", "مرحبا", "Ａ１２３", "ﬁ"]), refusedBy: ["date", "count", "flag", "choice"] }),
    () => ({ kind: "number", value: random.pick(["2147483648", "-1", "1e309", "NaN", "0x10", "9".repeat(30), "1.5", "-0"]), refusedBy: ["date", "count", "flag", "choice"] }),
    () => ({
      kind: "date",
      value: random.pick(["0000-00-00", "9999-12-31", "1900-01-01", "2024-02-30", "31/12/99999", "2024-13-01", "2024-06-01T25:00:00Z", "01/01/1900", "31/02/2024", "10000-01-01"]),
      refusedBy: ["date", "count", "flag", "choice"],
    }),
    // whitespace only (ideographic spaces too) is an empty cell: refused only where a value is required
    () => ({ kind: "blank", value: random.pick(["", " ", "\t", "\r\n", "\u3000\u3000"]), refusedBy: [] }),
  ];
  const jsonOnly: (() => BadValue)[] = [
    () => ({ kind: "surrogate", value: insertAt(random, base, random.pick(["\ud800", "\udfff", "\udc00x"])), refusedBy: ALL }),
    () => ({ kind: "type", value: random.pick([null, true, 123, -1, 1.5, [], {}, { $gt: "" }, ["a"], 2 ** 53]), refusedBy: [] }),
  ];
  return random.pick(json ? [...classes, ...jsonOnly] : classes)();
}

/** Query parameter values of /api/v1 and of the pages. */
export function badParameter(random: Random): { kind: string; value: string } {
  const value = badValue(random, random.pick(["2024-Q2", "2024", "STP", "1", "abc", ""]), false);
  return { kind: value.kind, value: typeof value.value === "string" ? value.value : JSON.stringify(value.value) };
}

/** A path segment where an id or a code goes. */
export function badSegment(random: Random): { kind: string; value: string } {
  return random.pick([
    () => ({ kind: "id-range", value: random.pick(["2147483648", "99999999999999999999", "-1", "0", "1e3", "1.5", "0x1F", "00001"]) }),
    () => ({ kind: "percent", value: random.pick(["%E0%A4%A", "%00", "%C0%AF", "%FF", "%2e%2e", "%252e"]) }),
    () => ({ kind: "text", value: encodeURIComponent(random.pick(["'; DROP TABLE x; --", "<script>", "Ư\u0301", "a".repeat(300), "..", "NaN"])) }),
  ])();
}

export { Random };
