// A report's values read-only (issue 6): each beside the previous quarter's, with its errors and
// warnings and Home Affairs' return comment; grouped by PAR area.
import type { CatalogueIndicator } from "@/lib/data/province/indicators";
import type { StoredEntry } from "@/lib/data/reports/report-values";
import { t } from "@/lib/i18n";
import { formatLocalDate } from "@/lib/i18n/format";
import { formatValue } from "./report-display";

type Props = {
  indicators: CatalogueIndicator[];
  values: Record<string, StoredEntry>;
  current: Record<string, number | null>;
  previous: Record<string, number | null>;
  messages: Record<string, string[]>;
  returnComments: Record<string, string>;
};

export function ValuesTable({ indicators, values, current, previous, messages, returnComments }: Props) {
  const areas = [...new Set(indicators.map((indicator) => indicator.area))];
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("reports.review.caption")}</caption>
        <thead className="bg-brand-50 text-left text-brand-900">
          <tr>
            <th scope="col" className="px-3 py-2">{t("reports.col.indicator")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("reports.col.value")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("reports.col.previous")}</th>
            <th scope="col" className="px-3 py-2">{t("reports.form.evidenceNumber")}</th>
            <th scope="col" className="px-3 py-2">{t("reports.col.findings")}</th>
          </tr>
        </thead>
        {areas.map((area) => (
          <tbody key={area} className="divide-y divide-border">
            <tr>
              <th scope="rowgroup" colSpan={5} className="bg-surface px-3 pt-4 pb-1 text-left font-semibold text-brand-900">{t(`reports.area.${area}`)}</th>
            </tr>
            {indicators.filter((indicator) => indicator.area === area).map((indicator) => {
              const entry = values[indicator.code];
              const shown = indicator.unit === "TEXT" ? (entry?.text ?? t("reports.empty")) : formatValue(current[indicator.code] ?? null, indicator.unit);
              return (
                <tr key={indicator.code} className="align-top" data-indicator={indicator.code}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {indicator.nameVi}
                    <span className="block text-xs font-normal text-muted">{indicator.prefill ? t(`reports.source.${indicator.prefill}`) : indicator.code}</span>
                  </th>
                  <td className="px-3 py-2 text-right font-semibold" data-testid={`value-${indicator.code}`}>{shown}</td>
                  <td className="px-3 py-2 text-right text-muted">{indicator.unit === "TEXT" ? "" : formatValue(previous[indicator.code] ?? null, indicator.unit)}</td>
                  <td className="px-3 py-2 text-xs">
                    {[entry?.evidenceNumber, entry?.evidenceDate ? formatLocalDate(entry.evidenceDate) : null].filter(Boolean).join(" · ")}
                    {entry?.evidenceUrl ? (
                      <a href={entry.evidenceUrl} rel="noreferrer noopener" target="_blank" className="block text-brand-700 underline">{t("reports.form.evidenceUrl")}</a>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 text-xs">
                    {(messages[indicator.code] ?? []).map((message) => <p key={message} className="text-accent-700">{message}</p>)}
                    {entry?.comment ? <p className="text-foreground">{t("reports.form.comment")}: {entry.comment}</p> : null}
                    {returnComments[indicator.code] ? <p className="text-accent-700">{t("reports.form.returnComment", { comment: returnComments[indicator.code]! })}</p> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
