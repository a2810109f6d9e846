// The audit view of one report as a table: who changed which value from what to what, when and
// why, and every step of the workflow (those rows stand out), newest first.
import { useTranslations } from "next-intl";
import { Table, type Column } from "@/components/ui/table";
import type { HistoryItem } from "@/lib/data/reports/history";
import type { IndicatorUnit } from "@/lib/generated/prisma/enums";
import { useFormat } from "@/lib/i18n/use-format";
import { localName } from "@/lib/i18n/locale";
import type { Intl as IntlText } from "@/lib/i18n/translator";
import { formatValue } from "@/components/reports/report-display";

// hours and minutes read the same in both languages (24-hour clock)
const time = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit" });

// a number is kept in the history as written by the code ("1234.5"): shown as every figure ("1.234,5" / "1,234.5")
function historyValue(text: string | null, unit: IndicatorUnit, intl: IntlText): string {
  if (text === null) return intl.t("reports.empty");
  return unit !== "TEXT" && /^-?\d+(\.\d+)?$/.test(text) ? formatValue(Number(text), unit, intl) : text;
}

function columns(intl: IntlText): Column<HistoryItem>[] {
  const { t, f } = intl;
  return [
    { key: "when", header: t("reports.col.when"), className: "whitespace-nowrap", cell: (item) => `${f.date(item.at)} ${time.format(item.at)}` },
    { key: "who", header: t("reports.col.who"), cell: (item) => item.actor },
    {
      key: "what",
      header: t("reports.col.what"),
      cell: (item) => (item.type === "event" ? t(`reports.audit.event.${item.kind}`) : t("reports.audit.valueChanged", { indicator: localName(f.locale, { name: item.indicator, nameEn: item.indicatorEn }) })),
    },
    { key: "from", header: t("reports.col.from"), numeric: true, cell: (item) => (item.type === "value" ? historyValue(item.from, item.unit, intl) : "") },
    { key: "to", header: t("reports.col.to"), numeric: true, cell: (item) => (item.type === "value" ? historyValue(item.to, item.unit, intl) : "") },
    {
      key: "why",
      header: t("reports.col.why"),
      className: "font-normal",
      cell: (item) =>
        item.type === "value" ? (
          item.comment
        ) : (
          <>
            {item.reason}
            {item.comments
              .filter((c) => c.indicator)
              .map((c) => (
                <span key={`${c.indicator}${c.body}`} className="block">
                  {localName(f.locale, { name: c.indicator ?? "", nameEn: c.indicatorEn })}: {c.body}
                </span>
              ))}
          </>
        ),
    },
  ];
}

export function ReportHistory({ items }: { items: HistoryItem[] }) {
  const t = useTranslations();
  const f = useFormat();
  return (
    <Table caption={t("reports.audit.caption")} columns={columns({ t, f })} rows={items} rowKey={(item) => item.id}
      rowProps={(item) => ({ className: item.type === "event" ? "bg-brand-50/50 font-semibold" : undefined, "data-kind": item.type === "event" ? item.kind : "VALUE" })}
      empty={t("reports.audit.none")} testId="report-history" />
  );
}
