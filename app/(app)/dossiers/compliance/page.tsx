// Compliance lists (DESIGN §6): late or overdue dossiers without an apology letter, dossiers
// rescheduled more than once, agencies at or above 10 % late in the year; each exports to CSV.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/dossiers/breadcrumb";
import { agencyTable, dossierTable } from "@/components/dossiers/compliance-table";
import { complianceQuery, complianceSearch } from "@/components/dossiers/compliance-query";
import { DrillFilters } from "@/components/dossiers/drill-filters";
import { FIRST_YEAR } from "@/components/dossiers/drill-context";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getDataAsOf } from "@/lib/data/as-of";
import { COMPLIANCE_LISTS, listComplianceDossiers, listLateAgencies, ruleYear } from "@/lib/data/dossier-compliance";
import { t } from "@/lib/i18n";
import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import { drillPeriodOptions, encodeCursor } from "@/lib/metrics/drill-down";
import { periodKey } from "@/lib/metrics/periods";
import { parseCursorParam, type SearchParams } from "@/lib/validations/dossiers";

export const metadata: Metadata = { title: t("dossiers.compliance.title") };

export default async function CompliancePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, asOf, params] = await Promise.all([requireViewer(), getDataAsOf(), searchParams]);
  const parsed = await complianceQuery(viewer, params, asOf);
  if (!parsed) notFound();
  const { filter, agency } = parsed;
  const key = periodKey(filter.period);
  const cursor = parseCursorParam(params);
  let table;
  let next: string | null = null;
  if (filter.list === "lateAgencies") {
    table = agencyTable(await listLateAgencies(viewer, filter), filter);
  } else {
    const page = await listComplianceDossiers(viewer, filter, asOf, cursor);
    table = dossierTable(page.rows, can(viewer, "official.read"));
    next = page.nextCursor ? `/dossiers/compliance${complianceSearch(filter, key, { cursor: encodeCursor(page.nextCursor) })}` : null;
  }
  const shownPeriod = filter.list === "lateAgencies" ? ruleYear(filter.period) : filter.period;

  return (
    <div className="space-y-6">
      <Breadcrumb items={[{ label: t("dossiers.province"), href: "/dossiers" }, { label: t("dossiers.compliance.title") }]} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("dossiers.compliance.heading")}</h1>
        <p className="text-foreground">{t("dossiers.compliance.intro")}</p>
      </div>
      <nav aria-label={t("dossiers.compliance.lists")} className="flex flex-wrap gap-4 text-sm font-semibold">
        {COMPLIANCE_LISTS.map((list) => (
          <Link
            key={list}
            href={`/dossiers/compliance${complianceSearch({ ...filter, list }, key)}`}
            aria-current={list === filter.list ? "page" : undefined}
            className="text-brand-700 underline aria-[current=page]:no-underline"
          >
            {t(`dossiers.compliance.${list}`)}
          </Link>
        ))}
      </nav>
      <DrillFilters
        action="/dossiers/compliance"
        query={{ period: filter.period, sort: { key: "name", dir: "asc" }, view: "time" }}
        periods={drillPeriodOptions(FIRST_YEAR, asOf)}
        showLevel={false}
        hidden={{ list: filter.list, agency: agency ? String(agency.id) : undefined }}
      />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 className="text-lg font-semibold text-brand-900" data-testid="compliance-title">
          {t(`dossiers.compliance.${filter.list}`)} — {formatPeriod(shownPeriod)}
          {agency ? ` — ${agency.name}` : ""}
        </h2>
        <a
          href={`/dossiers/compliance/export${complianceSearch(filter, key)}`}
          className="rounded-md border border-border bg-surface px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50"
          download
        >
          {t("dossiers.compliance.export")}
        </a>
      </div>
      <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
        <table className="min-w-full text-left text-sm" data-testid="compliance-table">
          <caption className="sr-only">{t(`dossiers.compliance.${filter.list}`)}</caption>
          <thead className="bg-brand-50 text-brand-900">
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-semibold">{column}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="px-3 py-4 text-center text-muted">{t("dossiers.noRows")}</td>
              </tr>
            ) : null}
            {table.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) => (
                  <td key={index} className="px-3 py-2">
                    {index === 0 ? (
                      <Link href={row.href} className="text-brand-700 underline">{cell}</Link>
                    ) : (
                      cell
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-muted" data-testid="compliance-count">{t("dossiers.compliance.count", { count: formatNumber(table.rows.length) })}</p>
      {next ? (
        <Link href={next} rel="next" className="font-semibold text-brand-700 underline">{t("dossiers.list.next")}</Link>
      ) : null}
    </div>
  );
}
