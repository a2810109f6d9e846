// vi-VN formatting (DESIGN §8): 3.761.706 ; 99,47 % ; 28/09/2021.
//
// Percent sign: Intl's vi-VN percent style prints "99,47%" with no space, while DESIGN §8 writes
// "99,47 %". We format the number with Intl and join the sign with U+00A0 NO-BREAK SPACE (the same
// space Intl puts before "₫" in vi-VN currency), so "%" never wraps to a line of its own.
import { t } from "./index";
import { isPartial, quarterOf, type LocalDate, type Period } from "@/lib/metrics/periods";

const LOCALE = "vi-VN";
const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** The space between a number and its "%" sign: U+00A0 NO-BREAK SPACE. */
export const PERCENT_SPACE = "\u00A0";

const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const percentFormats = new Map<number, Intl.NumberFormat>();

function percentNumberFormat(digits: number): Intl.NumberFormat {
  let format = percentFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    percentFormats.set(digits, format);
  }
  return format;
}

/** 3761706 → "3.761.706"; fractions are rounded to whole numbers. */
export function formatNumber(value: number): string {
  return integerFormat.format(value);
}

/** A number with exactly `digits` decimals: 46.0002 → "46,00" (digits 2); 12.5 → "12,5" (digits 1). */
export function formatDecimal(value: number, digits = 2): string {
  return percentNumberFormat(digits).format(value);
}

/** U+2212 MINUS SIGN: the sign of a negative change, not the hyphen-minus "-" of code (DESIGN §8). */
export const MINUS_SIGN = "\u2212";

const signedFormats = new Map<string, Intl.NumberFormat>();

/**
 * The one formatter of signed changes: "+1.234", "−0,40", "±0" — a true minus sign (U+2212) and an
 * explicit "±" for no change. `digits`: exact decimals (default 0), or `{ max }` for up to `max`
 * (index scores keep theirs: −1,21; +3,2). Rounded first, so −0,001 at two decimals reads "±0,00".
 */
export function formatSigned(value: number, digits: number | { max: number } = 0): string {
  const [min, max] = typeof digits === "number" ? [digits, digits] : [0, digits.max];
  const key = `${min}-${max}`;
  let format = signedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: min, maximumFractionDigits: max, signDisplay: "never" });
    signedFormats.set(key, format);
  }
  const text = format.format(Math.abs(value));
  if (Math.round(Math.abs(value) * 10 ** max) === 0) return `±${text}`;
  return `${value > 0 ? "+" : MINUS_SIGN}${text}`;
}

/** A ratio as a percentage: 0.9947 → "99,47 %" (see PERCENT_SPACE), `digits` decimals (default 2). */
export function formatPercent(ratio: number, digits = 2): string {
  return `${percentNumberFormat(digits).format(ratio * 100)}${PERCENT_SPACE}%`;
}

/** The calendar day in Việt Nam: 2021-09-27T17:00:00Z → "28/09/2021". */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/**
 * numerator ÷ denominator as a percentage. A zero denominator has no rate: it reads
 * "không có dữ liệu", never 0 % (DESIGN §5.2).
 */
export function formatRate(numerator: number, denominator: number, digits = 2): string {
  if (denominator === 0) return t("common.noData");
  return formatPercent(numerator / denominator, digits);
}

/** A calendar day written as YYYY-MM-DD (lib/metrics/periods) in vi-VN: "2021-09-28" → "28/09/2021". */
export function formatLocalDate(date: LocalDate): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

/**
 * "Quý II/2024", "Năm 2024", "Tháng 05/2024" or "28/09/2021 – 31/08/2024"; a quarter, year or month
 * cut before its end (lib/metrics/periods likeForLike) says so: "Quý IV/2026 đến ngày 20/11/2026".
 */
export function formatPeriod(period: Period): string {
  const whole = wholePeriodName(period);
  return isPartial(period) ? t("period.through", { period: whole, date: formatLocalDate(period.to) }) : whole;
}

function wholePeriodName(period: Period): string {
  const year = period.from.slice(0, 4);
  switch (period.kind) {
    case "quarter":
      return t("period.quarter", { quarter: ROMAN_QUARTERS[quarterOf(period.from).quarter - 1]!, year });
    case "year":
      return t("period.year", { year });
    case "month":
      return t("period.month", { month: period.from.slice(5, 7), year });
    case "range":
      return t("period.range", { from: formatLocalDate(period.from), to: formatLocalDate(period.to) });
  }
}

const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** An instant as day and time in Việt Nam: "28/09/2021 14:05" (order as Intl vi-VN gives it). */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** A size in bytes with a binary unit: 33554432 → "32 MB". */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value)} ${units[unit]}`;
}
