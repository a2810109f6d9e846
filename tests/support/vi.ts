// The Vietnamese words and formats that tests expect, through the app's own next-intl catalogue
// (lib/i18n/fixed.ts): the same ICU messages and vi-VN formats a Vietnamese viewer reads
// (3.761.706 ; 99,47 % ; 28/09/2021), without a request. Tests only: app code words text in its
// reader's language (getIntl, or the recipient's users.locale).
import { fixedIntl } from "@/lib/i18n/fixed";
import type { MessageKey } from "@/lib/i18n/messages/vi";
import type { LocalDate, Period } from "@/lib/metrics/periods";

export { MINUS_SIGN, PERCENT_SPACE } from "@/lib/i18n/locale-format";

const vi = fixedIntl("vi");
const en = fixedIntl("en");

type Values = Record<string, string | number>;
type Words = (key: MessageKey, values?: Values) => string;

/** The Vietnamese message of `key` with its ICU arguments. */
export const t: Words = (key, values) => (vi.t as unknown as Words)(key, values);
/** The English message of `key`, for tests of the English reader. */
export const tEn: Words = (key, values) => (en.t as unknown as Words)(key, values);

export const viFormat = vi.f;
export const formatNumber = (value: number) => vi.f.number(value);
export const formatDecimal = (value: number, digits = 2) => vi.f.decimal(value, digits);
export const formatSigned = (value: number, digits: number | { max: number } = 0) => vi.f.signed(value, digits);
export const formatPercent = (ratio: number, digits = 2) => vi.f.percent(ratio, digits);
export const formatDate = (date: Date) => vi.f.date(date);
export const formatRate = (numerator: number, denominator: number, digits = 2) => vi.f.rate(numerator, denominator, digits);
export const formatLocalDate = (date: LocalDate) => vi.f.localDate(date);
export const formatPeriod = (period: Period) => vi.f.period(period);
export const formatDateTime = (date: Date) => vi.f.dateTime(date);
export const formatBytes = (bytes: number) => vi.f.bytes(bytes);
