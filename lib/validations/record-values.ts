// Field types shared by the import and API record schemas (lib/validations/dossiers.ts, tasks.ts,
// procedures.ts). Each accepts what a spreadsheet cell holds (text) and what a JSON client sends
// (booleans, numbers, ISO instants), so the file import and /api/v1 validate in one way.
// Dates: dd/mm/yyyy[ hh:mm[:ss]] or ISO 8601; without an offset they are Việt Nam wall-clock time
// (Asia/Ho_Chi_Minh, lib/metrics/periods.ts). A bare day is the start of that day, or its last
// millisecond for deadlines, so a deadline written as a day is met all that day.
import { z } from "zod";
import { endOfLocalDay, isLocalDate, localDateOf, startOfLocalDay } from "@/lib/metrics/periods";
import { msg } from "@/lib/validations/messages";
import { cleanCharacters, dateSpanValues, isPlausibleLocalDate, MAX_DB_INT } from "@/lib/validations/input";

const VN_OFFSET = "+07:00";
const pad = (value: string) => value.padStart(2, "0");

/** Text → instant, or null when the text is no date we read. */
export function parseInstant(text: string, endOfDay = false): Date | null {
  const value = text.trim();
  let day: string;
  let time: string | null = null;
  let offset = VN_OFFSET;
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (dmy) {
    day = `${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)}`;
    if (dmy[4] !== undefined) time = `${pad(dmy[4])}:${dmy[5]}:${dmy[6] ?? "00"}`;
  } else {
    const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
    if (!iso) return null;
    day = iso[1]!;
    if (iso[2] !== undefined) time = `${iso[2]}:${iso[3]}:${iso[4] ?? "00"}${iso[5] ?? ""}`;
    if (iso[6] !== undefined) offset = iso[6] === "Z" ? "Z" : iso[6].includes(":") ? iso[6] : `${iso[6].slice(0, 3)}:${iso[6].slice(3)}`;
  }
  if (!isLocalDate(day)) return null;
  if (time === null) return endOfDay ? new Date(endOfLocalDay(day).getTime() - 1) : startOfLocalDay(day);
  const [hours, minutes, seconds] = time.split(":").map((part) => Number.parseFloat(part)) as [number, number, number];
  if (hours > 23 || minutes > 59 || seconds >= 60) return null;
  const instant = new Date(`${day}T${time}${offset}`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** A required instant, on a day within the data's plausible span (lib/validations/input.ts). */
export function instant(options: { endOfDay?: boolean } = {}) {
  return z
    .string({ error: msg("records.error.date") })
    .transform((value, ctx) => {
      const parsed = parseInstant(value, options.endOfDay);
      if (parsed === null) {
        ctx.addIssue({ code: "custom", message: msg("records.error.date"), input: value });
        return z.NEVER;
      }
      if (!isPlausibleLocalDate(localDateOf(parsed))) {
        ctx.addIssue({ code: "custom", message: msg("input.error.dateSpan"), params: dateSpanValues(), input: value });
        return z.NEVER;
      }
      return parsed;
    })
    .meta({ description: "dd/mm/yyyy (có thể kèm giờ hh:mm hoặc hh:mm:ss) hoặc ISO 8601; không có múi giờ: giờ Việt Nam", examples: ["2024-08-15T09:30:00+07:00", "15/08/2024"] });
}

const absent = (value: unknown): value is null | undefined | "" =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** May be missing: an absent key, null, or an empty cell (all read as undefined). */
function maybe<T extends z.ZodType>(inner: T) {
  return z
    .union([inner, z.null()])
    .optional()
    .transform((value) => (absent(value) ? undefined : value));
}

/** `inner`, or undefined for an absent key, null or an empty cell. */
function orAbsent<T extends z.ZodType<unknown, string>>(inner: T) {
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((value) => (absent(value) ? undefined : value))
    .pipe(inner.optional());
}

/** An instant that may be missing (empty cell, null or absent key). */
export function optionalInstant(options: { endOfDay?: boolean } = {}) {
  return orAbsent(instant(options));
}

/**
 * Trimmed NFC text of 1 to `maxLength` characters that passes the character rules of `kind`
 * (lib/validations/input.ts), with `rule` added for codes.
 */
function nfcText(maxLength: number, requiredMessage: string, kind: "text" | "code", rule?: (schema: z.ZodString) => z.ZodString) {
  const bounded = z
    .string()
    .min(1, { error: requiredMessage })
    .max(maxLength, { error: msg("records.error.tooLongOf") });
  return z
    .string({ error: requiredMessage })
    .transform((value) => value.normalize("NFC").trim())
    .pipe((rule ? rule(bounded) : bounded).superRefine(cleanCharacters(kind)));
}

/** A natural key: trimmed, NFC, no spaces or invisible characters inside. */
export function code(maxLength: number) {
  return nfcText(maxLength, msg("records.error.codeRequired"), "code", (schema) => schema.regex(/^\S+$/, { error: msg("records.error.codeSpaces") }));
}

export function optionalCode(maxLength: number) {
  return orAbsent(code(maxLength));
}

export function text(maxLength: number) {
  return nfcText(maxLength, msg("records.error.textRequired"), "text");
}

export function optionalText(maxLength: number) {
  return orAbsent(text(maxLength));
}

const TRUE_WORDS = new Set(["1", "x", "true", "yes", "y", "có", "co", "c", "đúng", "đã", "rồi"]);
const FALSE_WORDS = new Set(["0", "false", "no", "n", "không", "khong", "k", "sai", "chưa"]);

/** Yes/no: a JSON boolean or có/không, x, 1/0, true/false; missing = false. */
export function flag() {
  return maybe(z.union([z.boolean(), z.string()], { error: msg("records.error.flag") })).transform((value, ctx) => {
    if (value === undefined) return false;
    if (typeof value === "boolean") return value;
    const word = value.normalize("NFC").trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    ctx.addIssue({ code: "custom", message: msg("records.error.flag"), input: value });
    return z.NEVER;
  });
}

/** A whole number from 0 to PostgreSQL's integer maximum; missing = `fallback` when given. */
export function count(fallback?: number) {
  const read = (value: number | string, ctx: z.RefinementCtx) => {
    const parsed = typeof value === "number" ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < 0 || parsed > MAX_DB_INT) {
      ctx.addIssue({ code: "custom", message: msg("records.error.count"), input: value });
      return z.NEVER;
    }
    return parsed;
  };
  const value = z.union([z.number(), z.string()], { error: msg("records.error.count") });
  if (fallback === undefined) return value.transform(read);
  return maybe(value).transform((given, ctx) => (given === undefined ? fallback : read(given, ctx)));
}

/** One of `values`, also written as one of its Vietnamese labels (case and accents as written, NFC). */
export function choice<const T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], readonly string[]>, message: string) {
  const byWord = new Map<string, T[number]>();
  for (const value of values as readonly T[number][]) {
    byWord.set(value.toLowerCase(), value);
    for (const label of labels[value]) byWord.set(label.normalize("NFC").toLowerCase(), value);
  }
  return z
    .string({ error: message })
    .transform((value, ctx) => {
      const found = byWord.get(value.normalize("NFC").trim().toLowerCase());
      if (found === undefined) {
        ctx.addIssue({ code: "custom", message, input: value });
        return z.NEVER;
      }
      return found;
    })
    .meta({ enum: [...values] });
}

/** The later instant must not come before the earlier one. */
export function notBefore(later: Date | undefined, earlier: Date, path: string, message: string, ctx: z.RefinementCtx): void {
  if (later !== undefined && later.getTime() < earlier.getTime()) ctx.addIssue({ code: "custom", path: [path], message });
}
