// The service index's period choice: the kind (week, month, quarter, year: the period of that kind
// holding the data's day) and a step to the period before or after. The choice is in the URL.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { LinkTabs } from "@/components/ui/link-tabs";
import type { LocalDate } from "@/lib/metrics/periods";
import { indexPeriodOf, nextIndexPeriod, previousIndexPeriod, type IndexPeriod } from "@/lib/service-index/periods";

const KINDS = ["week", "month", "quarter", "year"] as const;

export function PeriodNav({ period, asOf, href }: { period: IndexPeriod; asOf: LocalDate; href: (key: string) => string }) {
  const t = useTranslations("serviceIndex");
  const previous = previousIndexPeriod(period);
  const next = nextIndexPeriod(period, asOf);
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
      <LinkTabs
        label={t("kindLabel")}
        testId="service-index-kinds"
        links={KINDS.map((kind) => ({ href: href(indexPeriodOf(kind, asOf).key), label: t(`kind.${kind}`), current: period.kind === kind }))}
      />
      <nav aria-label={t("stepLabel")} className="flex gap-4 text-sm font-semibold">
        <Link href={href(previous.key)} className="text-brand-700 underline" data-testid="service-index-previous">
          {t("previousPeriod")}
        </Link>
        {next ? (
          <Link href={href(next.key)} className="text-brand-700 underline" data-testid="service-index-next">
            {t("nextPeriod")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
