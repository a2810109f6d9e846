// A scorecard card: the figure of the period, its change on the previous period and on a year
// earlier, a target where one exists, and a link to the rows behind it.
import Link from "next/link";
import type { ReactNode } from "react";
import type { ComparedFigure } from "@/lib/metrics/scorecard";
import { ChangeLine, type FigureFormat } from "./change-line";
import { useTranslations } from "next-intl";
import type { Intl } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";

/** A figure for display; a rate without a denominator reads "không có dữ liệu", never 0 %. */
export function formatFigure(value: number | null, format: FigureFormat, { t, f }: Intl): string {
  if (value === null) return t("common.noData");
  return format === "count" ? f.number(value) : f.percent(value);
}

type FigureCardProps = {
  label: string;
  figure: ComparedFigure;
  format: FigureFormat;
  href: string;
  testId: string;
  target?: string;
  note?: ReactNode;
  /** the figure breaks a rule or misses its target */
  alert?: boolean;
};

export function FigureCard({ label, figure, format, href, testId, target, note, alert }: FigureCardProps) {
  const t = useTranslations();
  const f = useFormat();
  return (
    <div
      className={alert ? "card border-l-accent-600" : "card"}
      data-print="keep"
      data-testid={`card-${testId}`}
    >
      <dt className="card-label">{label}</dt>
      <dd className="mt-1 space-y-2">
        <p className="card-figure" data-testid={`figure-${testId}`}>
          {formatFigure(figure.value, format, { t, f })}
        </p>
        {note ? <p className="text-xs text-muted">{note}</p> : null}
        <ul className="space-y-0.5 text-xs">
          <ChangeLine change={figure.vsPrevious} format={format} against="previous" />
          <ChangeLine change={figure.vsYearAgo} format={format} against="yearAgo" />
        </ul>
        {target ? <p className="text-xs font-medium text-foreground">{t("scorecard.target", { target })}</p> : null}
        <Link href={href} className="card-more" data-print="hide">
          {t("scorecard.detail")}
          <span className="sr-only">: {label}</span>
        </Link>
      </dd>
    </div>
  );
}
