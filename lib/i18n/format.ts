// vi-VN formatting (DESIGN §8): 3.761.706 ; 99,47 % ; 28/09/2021.
//
// Percent sign: Intl's vi-VN percent style prints "99,47%" with no space, while DESIGN §8 writes
// "99,47 %". We format the number with Intl and join the sign with U+00A0 NO-BREAK SPACE (the same
// space Intl puts before "₫" in vi-VN currency), so "%" never wraps to a line of its own.
import { t } from "./index";
import { localeFormat } from "./locale-format";
import type { LocalDate, Period } from "@/lib/metrics/periods";

export { MINUS_SIGN, PERCENT_SPACE } from "./locale-format";

/** The Vietnamese formats (lib/i18n/locale-format.ts) with the Vietnamese catalogue: the legacy helpers below. */
export const viFormat = localeFormat("vi", t);

/** 3761706 → "3.761.706"; fractions are rounded to whole numbers. */
export function formatNumber(value: number): string {
  return viFormat.number(value);
}

/** A number with exactly `digits` decimals: 46.0002 → "46,00" (digits 2); 12.5 → "12,5" (digits 1). */
export function formatDecimal(value: number, digits = 2): string {
  return viFormat.decimal(value, digits);
}

/**
 * The one formatter of signed changes: "+1.234", "−0,40", "±0" — a true minus sign (U+2212) and an
 * explicit "±" for no change. `digits`: exact decimals (default 0), or `{ max }` for up to `max`
 * (index scores keep theirs: −1,21; +3,2). Rounded first, so −0,001 at two decimals reads "±0,00".
 */
export function formatSigned(value: number, digits: number | { max: number } = 0): string {
  return viFormat.signed(value, digits);
}

/** A ratio as a percentage: 0.9947 → "99,47 %" (see PERCENT_SPACE), `digits` decimals (default 2). */
export function formatPercent(ratio: number, digits = 2): string {
  return viFormat.percent(ratio, digits);
}

/** The calendar day in Việt Nam: 2021-09-27T17:00:00Z → "28/09/2021". */
export function formatDate(date: Date): string {
  return viFormat.date(date);
}

/**
 * numerator ÷ denominator as a percentage. A zero denominator has no rate: it reads
 * "không có dữ liệu", never 0 % (DESIGN §5.2).
 */
export function formatRate(numerator: number, denominator: number, digits = 2): string {
  return viFormat.rate(numerator, denominator, digits);
}

/** A calendar day written as YYYY-MM-DD (lib/metrics/periods) in vi-VN: "2021-09-28" → "28/09/2021". */
export function formatLocalDate(date: LocalDate): string {
  return viFormat.localDate(date);
}

/**
 * "Quý II/2024", "Năm 2024", "Tháng 05/2024" or "28/09/2021 – 31/08/2024"; a quarter, year or month
 * cut before its end (lib/metrics/periods likeForLike) says so: "Quý IV/2026 đến ngày 20/11/2026".
 */
export function formatPeriod(period: Period): string {
  return viFormat.period(period);
}

/** An instant as day and time in Việt Nam: "28/09/2021 14:05" (order as Intl vi-VN gives it). */
export function formatDateTime(date: Date): string {
  return viFormat.dateTime(date);
}

/** A size in bytes with a binary unit: 33554432 → "32 MB". */
export function formatBytes(bytes: number): string {
  return viFormat.bytes(bytes);
}
