// A report's values read-only (issue 6): each beside the previous quarter's, with its errors and
// warnings and Home Affairs' return comment; a table per PAR area. While Home Affairs reviews a
// submitted report, the comment box for each value sits in its row (issue 16), posted with the
// return form through the `form` attribute.
import { Table, type Column } from "@/components/ui/table";
import type { StoredEntry } from "@/lib/data/reports/report-values";
import type { CatalogueIndicator } from "@/lib/data/province/indicators";
import { useLocale, useTranslations } from "next-intl";
import { localName, type Locale } from "@/lib/i18n/locale";
import type { Intl } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";
import { formatValue, type ValueContext } from "./report-display";

type Props = ValueContext & {
  indicators: CatalogueIndicator[];
  values: Record<string, StoredEntry>;
  current: Record<string, number | null>;
  /** the id of the return form whose comment boxes sit beside the values, while a report is under review */
  reviewForm?: string;
};

/** Home Affairs comments on what the agency typed; prefilled and computed figures are the system's. */
export const commentable = (indicator: CatalogueIndicator) => !indicator.prefill && !indicator.numerator;

function columns({ values, current, previous, messages, returnComments, reviewForm }: Props, { t, f }: Intl, locale: Locale): Column<CatalogueIndicator>[] {
  const nameOf = (indicator: CatalogueIndicator) => localName(locale, { name: indicator.nameVi, nameEn: indicator.nameEn });
  const review: Column<CatalogueIndicator>[] = reviewForm
    ? [{
        key: "review",
        header: t("reports.review.commentBeside"),
        className: "min-w-48",
        cell: (indicator) =>
          commentable(indicator) ? (
            <textarea form={reviewForm} name={`comment:${indicator.code}`} rows={1} maxLength={1000}
              aria-label={t("reports.review.commentFor", { indicator: nameOf(indicator) })}
              className="block w-full rounded-md border border-border bg-surface px-2 py-1 text-sm text-foreground" />
          ) : null,
      }]
    : [];
  return [
    {
      key: "indicator",
      header: t("reports.col.indicator"),
      rowHeader: true,
      cell: (indicator) => (
        <>
          <span title={t("reports.form.codeTooltip", { code: indicator.code })}>{nameOf(indicator)}</span>
          {indicator.prefill ? <span className="block text-xs font-normal text-muted">{t(`reports.source.${indicator.prefill}`)}</span> : null}
        </>
      ),
    },
    {
      key: "value",
      header: t("reports.col.value"),
      numeric: true,
      className: "font-semibold",
      cellData: (indicator) => ({ "data-testid": `value-${indicator.code}` }),
      cell: (indicator) => (indicator.unit === "TEXT" ? (values[indicator.code]?.text ?? t("reports.empty")) : formatValue(current[indicator.code] ?? null, indicator.unit, { t, f })),
    },
    {
      key: "previous",
      header: t("reports.col.previous"),
      numeric: true,
      className: "text-muted",
      cell: (indicator) => (indicator.unit === "TEXT" ? "" : formatValue(previous[indicator.code] ?? null, indicator.unit, { t, f })),
    },
    {
      key: "evidence",
      header: t("reports.form.evidenceNumber"),
      className: "text-xs",
      cell: (indicator) => {
        const entry = values[indicator.code];
        return (
          <>
            {[entry?.evidenceNumber, entry?.evidenceDate ? f.localDate(entry.evidenceDate) : null].filter(Boolean).join(" · ")}
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
    ...review,
  ];
}

export function ValuesTable(props: Props) {
  const t = useTranslations();
  const f = useFormat();
  const locale = useLocale();
  const areas = [...new Set(props.indicators.map((indicator) => indicator.area))];
  const cols = columns(props, { t, f }, locale);
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
