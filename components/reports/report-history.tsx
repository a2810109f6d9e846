// The audit view of one report as a table: who changed which value from what to what, when and
// why, and every step of the workflow (those rows stand out), newest first.
import { Table, type Column } from "@/components/ui/table";
import type { HistoryItem } from "@/lib/data/reports/history";
import { t } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";

const time = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit" });

const COLUMNS: Column<HistoryItem>[] = [
  { key: "when", header: t("reports.col.when"), className: "whitespace-nowrap", cell: (item) => `${formatDate(item.at)} ${time.format(item.at)}` },
  { key: "who", header: t("reports.col.who"), cell: (item) => item.actor },
  {
    key: "what",
    header: t("reports.col.what"),
    cell: (item) => (item.type === "event" ? t(`reports.audit.event.${item.kind}`) : t("reports.audit.valueChanged", { indicator: item.indicator })),
  },
  { key: "from", header: t("reports.col.from"), numeric: true, cell: (item) => (item.type === "value" ? (item.from ?? t("reports.empty")) : "") },
  { key: "to", header: t("reports.col.to"), numeric: true, cell: (item) => (item.type === "value" ? (item.to ?? t("reports.empty")) : "") },
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
                {c.indicator}: {c.body}
              </span>
            ))}
        </>
      ),
  },
];

export function ReportHistory({ items }: { items: HistoryItem[] }) {
  return (
    <Table caption={t("reports.audit.caption")} columns={COLUMNS} rows={items} rowKey={(item) => item.id}
      rowProps={(item) => ({ className: item.type === "event" ? "bg-brand-50/50 font-semibold" : undefined, "data-kind": item.type === "event" ? item.kind : "VALUE" })}
      empty={t("reports.audit.none")} testId="report-history" />
  );
}
