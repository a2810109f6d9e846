// The rules every input obeys, whichever way it arrives (a form, an imported cell, an /api/v1
// field or query parameter), so that each schema gets them from one place:
// - no NUL or other control characters: PostgreSQL cannot store U+0000 in text at all (it used to
//   reach the database and come back as a raw "invalid byte sequence" error), and nobody types
//   the others; tab, line feed and carriage return stay allowed in free text;
// - no lone UTF-16 surrogates (JSON can carry "\ud800"; it would be stored as U+FFFD);
// - no bidirectional embedding, override or isolate controls, which make a value display
//   differently from what it is ("Trojan Source");
// - codes (natural keys) also refuse every invisible format character: zero-width space and
//   joiners, word joiner, BOM, soft hyphen, …, so that two codes that look alike are alike;
// - record ids fit PostgreSQL's integer, and dates lie within the data's plausible span.
import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/keys";
import { msg } from "@/lib/validations/messages";
import { isLocalDate } from "@/lib/metrics/periods";

// C0 controls except tab, LF and CR; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// LRE RLE PDF LRO RLO, LRI RLI FSI PDI, and the implicit marks LRM RLM ALM.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Unicode format characters (Cf: zero-width space/joiners, BOM, soft hyphen, …) and the line and
// paragraph separators.
const INVISIBLE = /[\p{Cf}\u2028\u2029]/u;

export type CharacterProblem = "control" | "encoding" | "bidi" | "invisible";

const MESSAGES: Record<CharacterProblem, MessageKey> = {
  control: msg("input.error.control"),
  encoding: msg("input.error.encoding"),
  bidi: msg("input.error.bidi"),
  invisible: msg("input.error.invisible"),
};

/** The key of the message for a character problem (what a schema's issue carries). */
export function characterMessageKey(problem: CharacterProblem): MessageKey {
  return MESSAGES[problem];
}

/** What is wrong with the characters of free text, or null. */
export function textProblem(value: string): CharacterProblem | null {
  if (CONTROL.test(value)) return "control";
  if (LONE_SURROGATE.test(value)) return "encoding";
  if (BIDI.test(value)) return "bidi";
  return null;
}

/** What is wrong with the characters of a code, or null (free text's rules and no invisible characters). */
export function codeProblem(value: string): CharacterProblem | null {
  if (/[\t\n\r]/.test(value)) return "control";
  return textProblem(value) ?? (INVISIBLE.test(value) ? "invisible" : null);
}

/** A zod check for a string schema: refuses what `textProblem` (or, for codes, `codeProblem`) finds. */
export function cleanCharacters(kind: "text" | "code" = "text") {
  const find = kind === "code" ? codeProblem : textProblem;
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = find(value);
    if (problem) ctx.addIssue({ code: "custom", message: characterMessageKey(problem), input: value });
  };
}

/** A string of free text that passes the character rules (no trimming or length rule of its own). */
export const cleanString = (message?: string) => z.string(message ? { error: message } : undefined).superRefine(cleanCharacters("text"));

// ───────────── numbers and dates ─────────────

/** PostgreSQL's `integer`: every id column. A larger id names no row and must not reach the database. */
export const MAX_DB_INT = 2_147_483_647;

/** A record id posted by a form: a whole number from 1 to MAX_DB_INT. */
export function recordId(message: string) {
  return z.coerce.number({ error: message }).int({ error: message }).positive({ error: message }).max(MAX_DB_INT, { error: message });
}

/**
 * The plausible span of the data's dates: the province's records start in the 2000s, and a
 * deadline may lie some years ahead. "1900-01-01" or "9999-12-31" is a typing or export mistake.
 */
export const EARLIEST_PLAUSIBLE_YEAR = 2000;
export const YEARS_AHEAD = 10;

export function latestPlausibleYear(now: Date = new Date()): number {
  return now.getUTCFullYear() + YEARS_AHEAD;
}

export function isPlausibleYear(year: number, now: Date = new Date()): boolean {
  return Number.isInteger(year) && year >= EARLIEST_PLAUSIBLE_YEAR && year <= latestPlausibleYear(now);
}

/** YYYY-MM-DD that is a real day within the plausible span. */
export function isPlausibleLocalDate(value: string, now: Date = new Date()): boolean {
  return isLocalDate(value) && isPlausibleYear(Number(value.slice(0, 4)), now);
}

/** The arguments of the message for a date outside the span: the span's years. */
export function dateSpanValues(now: Date = new Date()): { from: number; to: number } {
  return { from: EARLIEST_PLAUSIBLE_YEAR, to: latestPlausibleYear(now) };
}

/** A form's YYYY-MM-DD day: `message` when it is no day, the span's message when it lies outside it. */
export function plausibleDay(message: string) {
  return z
    .string({ error: message })
    .trim()
    .refine(isLocalDate, { error: message })
    .superRefine((value, ctx) => {
      // the span's end moves with the clock: its arguments are taken when the day is read
      if (!isPlausibleLocalDate(value)) ctx.addIssue({ code: "custom", message: msg("input.error.dateSpan"), params: dateSpanValues(), input: value });
    });
}
