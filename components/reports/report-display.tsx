// Small pieces the report pages share: a value in its unit, a status badge, a timeliness badge.
// No "use client": server pages and client forms both render them.
import type { IndicatorUnit, ReportStatus } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import type { Intl } from "@/lib/i18n/translator";
import type { Timeliness } from "@/lib/rules/report-workflow";

/** What a report page shows beside each value, by indicator code: the previous quarter's value, the rules' messages, Home Affairs' return comment. */
export type ValueContext = {
  previous: Record<string, number | null>;
  messages: Record<string, string[]>;
  returnComments: Record<string, string>;
};

/**
 * A stored value as the forms and tables show it, in the reader's formats: "1.234", "62,50 %",
 * "8,5" (English "1,234", "62.50%", "8.5"); an empty one as "—".
 */
export function formatValue(value: number | null, unit: IndicatorUnit, { t, f }: Intl): string {
  if (value === null) return t("reports.empty");
  if (unit === "COUNT") return f.number(value);
  if (unit === "PERCENT") return f.percent(value / 100);
  return f.upTo(value, 2);
}

/** The value as an input shows it for editing: a decimal comma, no thousands separators. */
export function editableValue(value: number | null): string {
  return value === null ? "" : String(value).replace(".", ",");
}

const STATUS_CLASS: Record<ReportStatus, string> = {
  NOT_STARTED: "border-border bg-surface text-muted",
  DRAFT: "border-border bg-brand-50 text-brand-900",
  SUBMITTED: "border-brand-700 bg-brand-100 text-brand-900",
  RETURNED: "border-accent-600 bg-accent-100 text-accent-700",
  APPROVED: "border-green-700 bg-green-50 text-green-800",
};

export function StatusBadge({ status }: { status: ReportStatus }) {
  const t = useTranslations("reports");
  return <StatusChip status={status} label={t(`status.${status}`)} />;
}

/** The badge with its words given (a client table drawn from compact rows has no catalogue of its own). */
export function StatusChip({ status, label }: { status: ReportStatus; label: string }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[status]}`} data-status={status}>
      {label}
    </span>
  );
}

const TIMELINESS_CLASS: Record<Timeliness, string> = {
  onTime: "text-green-800",
  late: "text-accent-700",
  missing: "text-accent-700 font-semibold",
  pending: "text-muted",
};

export function TimelinessLabel({ value }: { value: Timeliness }) {
  const t = useTranslations("reports");
  return <TimelinessText value={value} label={t(`timeliness.${value}`)} />;
}

export function TimelinessText({ value, label }: { value: Timeliness; label: string }) {
  return <span className={`text-xs ${TIMELINESS_CLASS[value]}`}>{label}</span>;
}

/** The calendar day an exclusive end instant closes (a deadline or lock stored as the next day's start). */
export function formatEndDay(end: Date, f: LocaleFormat): string {
  return f.date(new Date(end.getTime() - 1));
}
