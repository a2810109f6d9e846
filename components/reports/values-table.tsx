// A report's values read-only (issue 6): each beside the previous quarter's, with its errors and
// warnings and Home Affairs' return comment; a table per PAR area.
import { Table, type Column } from "@/components/ui/table";
import type { StoredEntry } from "@/lib/data/reports/report-values";
import type { CatalogueIndicator } from "@/lib/data/province/indicators";
import { t } from "@/lib/i18n";
import { formatLocalDate } from "@/lib/i18n/format";
import { formatValue, type ValueContext } from "./report-display";

type Props = ValueContext & {
  indicators: CatalogueIndicator[];
  values: Record<string, StoredEntry>;
  current: Record<string, number | null>;
};

function columns({ values, current, previous, messages, returnComments }: Props): Column<CatalogueIndicator>[] {
  return [
    {
      key: "indicator",
      header: t("reports.col.indicator"),
      rowHeader: true,
      cell: (indicator) => (
        <>
          {indicator.nameVi}
          <span className="block text-xs font-normal text-muted">{indicator.prefill ? t(`reports.source.${indicator.prefill}`) : indicator.code}</span>
        </>
      ),
    },
    {
      key: "value",
      header: t("reports.col.value"),
      numeric: true,
      className: "font-semibold",
      cellData: (indicator) => ({ "data-testid": `value-${indicator.code}` }),
      cell: (indicator) => (indicator.unit === "TEXT" ? (values[indicator.code]?.text ?? t("reports.empty")) : formatValue(current[indicator.code] ?? null, indicator.unit)),
    },
    {
      key: "previous",
      header: t("reports.col.previous"),
      numeric: true,
      className: "text-muted",
      cell: (indicator) => (indicator.unit === "TEXT" ? "" : formatValue(previous[indicator.code] ?? null, indicator.unit)),
    },
    {
      key: "evidence",
      header: t("reports.form.evidenceNumber"),
      className: "text-xs",
      cell: (indicator) => {
        const entry = values[indicator.code];
        return (
          <>
            {[entry?.evidenceNumber, entry?.evidenceDate ? formatLocalDate(entry.evidenceDate) : null].filter(Boolean).join(" · ")}
            {entry?.evidenceUrl ? (
              <a href={entry.evidenceUrl} rel="noreferrer noopener" target="_blank" className="block text-brand-700 underline">{t("reports.form.evidenceUrl")}</a>
            ) : null}
          </>
        );
      },
    },
    {
      key: "findings",
      header: t("reports.col.findings"),
      className: "text-xs",
      cell: (indicator) => {
        const comment = values[indicator.code]?.comment;
        return (
          <>
            {(messages[indicator.code] ?? []).map((message) => <p key={message} className="text-accent-700">{message}</p>)}
            {comment ? <p className="text-foreground">{t("reports.form.comment")}: {comment}</p> : null}
            {returnComments[indicator.code] ? <p className="text-accent-700">{t("reports.form.returnComment", { comment: returnComments[indicator.code]! })}</p> : null}
          </>
        );
      },
    },
  ];
}

export function ValuesTable(props: Props) {
  const areas = [...new Set(props.indicators.map((indicator) => indicator.area))];
  const cols = columns(props);
  return (
    <div className="space-y-4" aria-label={t("reports.review.caption")} role="group">
      {areas.map((area) => (
        <Table key={area} caption={t(`reports.area.${area}`)} captionVisible columns={cols}
          rows={props.indicators.filter((indicator) => indicator.area === area)} rowKey={(indicator) => indicator.code}
          rowProps={(indicator) => ({ className: "align-top", "data-indicator": indicator.code })} />
      ))}
    </div>
  );
}
