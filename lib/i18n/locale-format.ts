// Numbers, percentages and dates in the viewer's language (DESIGN §8), for server and client code
// alike: no catalogue is imported here; the few words a format needs ("no data", period names) come
// from the caller's translator. Vietnamese: 3.761.706 ; 99,47 % ; 28/09/2021 (lib/i18n/format.ts is
// this with the Vietnamese catalogue). English: 3,761,706 ; 99.47% ; 28 Sep 2021 (the month by name:
// a numeric 09/28/2021 would be misread in Việt Nam, 28/09/2021 abroad).
import { isPartial, quarterOf, type LocalDate, type Period } from "@/lib/metrics/periods";
import type { Locale } from "./locale";

/** Việt Nam's time zone: instants are shown as days and times there, whoever reads them. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";
/** U+00A0 NO-BREAK SPACE between a Vietnamese number and its "%" (Intl's vi-VN puts none; DESIGN §8 writes "99,47 %"). */
export const PERCENT_SPACE = "\u00A0";
/** U+2212 MINUS SIGN: the sign of a negative change, not the hyphen-minus "-" of code (DESIGN §8). */
export const MINUS_SIGN = "\u2212";

const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };
const DATE_OPTIONS: Record<Locale, Intl.DateTimeFormatOptions> = {
  vi: { day: "2-digit", month: "2-digit", year: "numeric" },
  en: { day: "numeric", month: "short", year: "numeric" },
};
const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;
const BYTE_UNITS = ["B", "KB", "MB", "GB"] as const;

/** The words the formats need, from the caller's catalogue (legacy `t` or next-intl's translator). */
export type FormatText = {
  (key: "common.noData"): string;
  (key: "period.year", values: { year: string }): string;
  (key: "period.quarter", values: { quarter: string; year: string }): string;
  (key: "period.month", values: { month: string; year: string }): string;
  (key: "period.range", values: { from: string; to: string }): string;
  (key: "period.through", values: { period: string; date: string }): string;
};

export type LocaleFormat = ReturnType<typeof localeFormat>;

// The Intl objects, shared by every formatter of a locale: components build a formatter per render
// (lib/i18n/use-format.ts), and constructing Intl formats is the costly part.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormatOf(tag: string, min: number, max: number, signDisplay: "auto" | "never"): Intl.NumberFormat {
  const key = `${tag}|${min}|${max}|${signDisplay}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, { minimumFractionDigits: min, maximumFractionDigits: max, signDisplay });
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormatOf(locale: Locale, kind: "date" | "dateTime" | "localDate"): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let format = dateFormats.get(key);
  if (!format) {
    const time: Intl.DateTimeFormatOptions = kind === "dateTime" ? { hour: "2-digit", minute: "2-digit", hour12: false } : {};
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: kind === "localDate" ? "UTC" : TIME_ZONE, ...DATE_OPTIONS[locale], ...time });
    dateFormats.set(key, format);
  }
  return format;
}

/** The formats of `locale`, with the words from `text`; cheap to build (the Intl objects are shared). */
export function localeFormat(locale: Locale, text: FormatText) {
  const tag = INTL_LOCALE[locale];
  const numberFormat = (min: number, max: number, signDisplay: "auto" | "never" = "auto") => numberFormatOf(tag, min, max, signDisplay);
  const dateFormat = dateFormatOf(locale, "date");
  const dateTimeFormat = dateFormatOf(locale, "dateTime");
  const localDateFormat = dateFormatOf(locale, "localDate");
  const percentSign = locale === "vi" ? `${PERCENT_SPACE}%` : "%";

  const number = (value: number) => numberFormat(0, 0).format(value);
  const decimal = (value: number, digits = 2) => numberFormat(digits, digits).format(value);
  const percent = (ratio: number, digits = 2) => `${decimal(ratio * 100, digits)}${percentSign}`;
  const localDate = (date: LocalDate) => {
    if (locale === "vi") {
      const [year, month, day] = date.split("-");
      return `${day}/${month}/${year}`;
    }
    return localDateFormat.format(new Date(`${date}T00:00:00Z`));
  };
  /** "+1.234", "−0,40", "±0": a true minus sign and an explicit "±" for no change; `{ max }` for up to `max` decimals. */
  const signed = (value: number, digits: number | { max: number } = 0) => {
    const [min, max] = typeof digits === "number" ? [digits, digits] : [0, digits.max];
    const body = numberFormat(min, max, "never").format(Math.abs(value));
    if (Math.round(Math.abs(value) * 10 ** max) === 0) return `±${body}`;
    return `${value > 0 ? "+" : MINUS_SIGN}${body}`;
  };
  const wholePeriod = (period: Period) => {
    const year = period.from.slice(0, 4);
    switch (period.kind) {
      case "quarter": {
        const quarter = quarterOf(period.from).quarter;
        return text("period.quarter", { quarter: locale === "vi" ? ROMAN_QUARTERS[quarter - 1]! : String(quarter), year });
      }
      case "year":
        return text("period.year", { year });
      case "month":
        return text("period.month", { month: period.from.slice(5, 7), year });
      case "range":
        return text("period.range", { from: localDate(period.from), to: localDate(period.to) });
    }
  };

  return {
    locale,
    number,
    decimal,
    percent,
    localDate,
    signed,
    /** A change of a published index score: up to four decimals, signed ("+3,2", "−1,21", "±0"). */
    signedChange: (value: number) => signed(value, { max: 4 }),
    /** A zero denominator has no rate: "không có dữ liệu" / "no data", never 0 % (DESIGN §5.2). */
    rate(numerator: number, denominator: number, digits = 2) {
      return denominator === 0 ? text("common.noData") : percent(numerator / denominator, digits);
    },
    date: (date: Date) => dateFormat.format(date),
    dateTime: (date: Date) => dateTimeFormat.format(date),
    period(period: Period) {
      const whole = wholePeriod(period);
      return isPartial(period) ? text("period.through", { period: whole, date: localDate(period.to) }) : whole;
    },
    /** A size in bytes with a binary unit: 33554432 → "32 MB"; one decimal below ten of a unit ("1,5 KB" / "1.5 KB"). */
    bytes(count: number) {
      let value = count;
      let unit = 0;
      while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
        value /= 1024;
        unit += 1;
      }
      return `${numberFormat(0, value < 10 && unit > 0 ? 1 : 0).format(value)} ${BYTE_UNITS[unit]}`;
    },
    /** Up to `max` decimals, none when whole: 8.5 → "8,5" / "8.5". */
    upTo: (value: number, max: number) => numberFormat(0, max).format(value),
    /** Published index scores keep up to four decimals (PAPI 46,0002); PERCENT ones carry the sign. */
    score: (value: number) => numberFormat(0, 4).format(value),
    indexScore: (value: number, unit: "PERCENT" | "POINTS" | "RATIO") =>
      unit === "PERCENT" ? `${numberFormat(0, 4).format(value)}${percentSign}` : numberFormat(0, 4).format(value),
  };
}
