// One unit's Decision 766 service index (issue 21): its score, rank and movement, what costs it the
// most points, the forecast while a week runs, its points by group and each indicator with its
// formula, inputs and a link to the dossiers behind them.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ForecastBox } from "@/components/service-index/forecast-box";
import { serviceIndexHref, serviceIndexText } from "@/components/service-index/format";
import { EntryForm } from "@/components/service-index/entry-form";
import { IndicatorTable } from "@/components/service-index/indicator-table";
import { PeriodNav } from "@/components/service-index/period-nav";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { getDataSpan } from "@/lib/data/province/settings";
import { getUnitServiceIndex } from "@/lib/data/service-index-unit";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { enteredCodes } from "@/lib/service-index/entered";
import type { GroupScore } from "@/lib/service-index/model";
import { serviceIndexParams } from "@/lib/validations/service-index";
import { parsePathId, parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { saveEntry } from "../../actions";
import { localName } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("nav.serviceIndex") };
}

/** The entry form is a client component. */
const ENTRY_FORM_NAMESPACES = [...SHELL_NAMESPACES, "serviceIndexEntry"] as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function UnitServiceIndexPage({ params, searchParams }: Props) {
  const [viewer, span, { id }, search, { t, f }] = await Promise.all([requirePermission("scorecard.read"), getDataSpan(), params, searchParams, getIntl()]);
  const s = serviceIndexText({ t, f });
  const unitId = parsePathId(id);
  const { period, view } = parseSearchParams(serviceIndexParams(span), search);
  const unit = await getUnitServiceIndex(viewer, unitId, period, view);
  if (!unit) notFound();
  const { board, row } = unit;
  const read = board.read;
  const dossierList = (extra: Record<string, string>) =>
    `/dossiers/list?${new URLSearchParams({ period: `${read.from}_${read.to}`, agency: String(unitId), ...extra })}`;

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("serviceIndex.unitTitle", { name: row.agencyName })}
        back={{ href: serviceIndexHref("/service-index", period.key, view), label: t("serviceIndex.back") }}
        titleTestId="service-index-unit-title"
      >
        <p className="font-semibold text-brand-800">{t("serviceIndex.periodLine", { period: s.period(period), asOf: f.localDate(board.asOf) })}</p>
        <p className="text-lg" data-testid="service-index-unit-score">
          <strong>{s.score(row.index.score)}</strong> · {s.band(row.index.band)} ·{" "}
          {t("serviceIndex.earned", { earned: s.points(row.index.earned), assessable: String(row.index.assessable) })}
        </p>
        <p className="text-sm">
          {row.position === null
            ? t("serviceIndex.positionNone")
            : t("serviceIndex.positionLine", { position: String(row.position), size: String(unit.groupSize), group: unit.group ? localName(f.locale, unit.group) : t("serviceIndex.noGroup") })}{" "}
          · {t("serviceIndex.previousScore")}: {s.score(row.previousScore)} ({s.change(row.index.score, row.previousScore)})
          {row.previousPosition === null ? null : ` · ${t("serviceIndex.previousPosition")}: ${row.previousPosition}`}
        </p>
      </PageHeader>
      <PeriodNav period={period} asOf={board.asOf} href={(key) => serviceIndexHref(`/service-index/${unitId}`, key, view)} />

      <Section id="fix" title={t("serviceIndex.fixLabel")} note={t("serviceIndex.fixNote")} testId="service-index-fix">
        {unit.costliest.length === 0 ? <p>{t("serviceIndex.fix.none")}</p> : null}
        <ol className="list-decimal space-y-1 pl-6">
          {unit.costliest.map((i) => (
            <li key={i.def.code} data-testid="fix-indicator" data-code={i.def.code}>
              <a href={`#indicator-${i.def.code.replace(".", "-")}`} className="text-brand-700 underline">
                {t("serviceIndex.fix.indicator", { code: i.def.code, name: s.indicator(i.def.code), points: s.points(i.lost) })}
              </a>
            </li>
          ))}
        </ol>
        {unit.fieldCosts.length > 0 ? (
          <ul className="list-disc space-y-1 pl-6" data-testid="fix-fields">
            {unit.fieldCosts.slice(0, 8).map((cost) => (
              <li key={cost.fieldId}>
                <Link href={dossierList({ status: "late" })} className="text-brand-700 underline">
                  {t("serviceIndex.fix.field", { count: f.number(cost.late), field: cost.fieldName, points: s.points(cost.cost) })}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </Section>

      {unit.forecast ? <ForecastBox forecast={unit.forecast} asOf={board.asOf} /> : null}

      <Section id="groups" title={t("serviceIndex.groups")} note={t("serviceIndex.groupsNote")}>
        <Table<GroupScore>
          caption={t("serviceIndex.groups")}
          rows={row.index.groups}
          rowKey={(g) => g.group}
          testId="service-index-groups"
          columns={[
            { key: "group", header: t("serviceIndex.col.group"), rowHeader: true, cell: (g) => s.group(g.group) },
            { key: "legal", header: t("serviceIndex.col.legalGroup"), numeric: true, cell: (g) => g.legalGroup },
            { key: "points", header: t("serviceIndex.col.points"), numeric: true, cell: (g) => (g.assessable === 0 ? t("common.noData") : s.points(g.points)) },
            { key: "assessable", header: t("serviceIndex.col.assessable"), numeric: true, cell: (g) => g.assessable },
            { key: "max", header: t("serviceIndex.col.max"), numeric: true, cell: (g) => g.max },
          ]}
        />
      </Section>

      <Section id="indicators" title={t("serviceIndex.indicators")}>
        <IndicatorTable index={row.index} dossierList={dossierList} entered={row.entered} />
      </Section>

      {can(viewer, "indexScore.manage") ? (
        <Section id="entry" title={t("serviceIndexEntry.title")} note={t("serviceIndexEntry.intro")} testId="service-index-entry">
          <IntlClient namespaces={ENTRY_FORM_NAMESPACES}>
            <EntryForm
              action={saveEntry}
              agencyId={unitId}
              periodKey={period.key}
              indicators={enteredCodes(board.config).map((code) => ({ code, label: s.indicator(code) }))}
            />
          </IntlClient>
        </Section>
      ) : null}
    </div>
  );
}
