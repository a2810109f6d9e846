// The yearly agency assessment, a ranking group (khối) and a year at a time: scores, rank, rating and
// alerts. By today's units (the default) the board lists today's groups and units, a unit formed
// later with its predecessors' results of that year; by the units of the time, the year's own groups.
// Agency staff see their own rows only (the data layer's scope).
import type { Metadata } from "next";
import Link from "next/link";
import { AlertList } from "@/components/assessments/alert-list";
import { tdClass } from "@/components/indices/display";
import { DataTable } from "@/components/indices/data-table";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDataAsOf } from "@/lib/data/as-of";
import { getRankingBoard, listAssessmentYears, listRatingBands, type RankingBoardRow } from "@/lib/data/assessments";
import { t } from "@/lib/i18n";
import { formatScoreValue } from "@/lib/i18n/index-format";
import { DEFAULT_UNITS_VIEW, parseUnitsView, type UnitsView } from "@/lib/org/views";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validations/indices";

export const metadata: Metadata = { title: t("assessments.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const score = (value: number | null) => (value === null ? "" : formatScoreValue(value));
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function boardHref(year: number, group: string | undefined, view: UnitsView): string {
  const params = new URLSearchParams({ year: String(year), ...(group ? { group } : {}), ...(view === DEFAULT_UNITS_VIEW ? {} : { units: view }) });
  return `/assessments?${params.toString()}`;
}

function Predecessors({ row }: { row: RankingBoardRow }) {
  if (row.predecessors.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-xs font-normal text-muted" data-testid={`board-predecessors-${row.agencyId}`}>
      {row.predecessors.map((p) => (
        <li key={p.agencyId}>
          {t("org.assessment.predecessor", {
            name: p.label,
            score: p.appraisedScore === null ? "—" : formatScoreValue(p.appraisedScore),
            rating: p.rating === null ? "—" : t(`assessments.rating.${p.rating}`),
            rank: p.rank === null ? "—" : `${p.rank}/${p.groupSize}`,
            group: p.groupName ?? "",
          })}
        </li>
      ))}
    </ul>
  );
}

export default async function AssessmentsPage({ searchParams }: Props) {
  const [viewer, years, asOf, raw] = await Promise.all([requireViewer(), listAssessmentYears(), getDataAsOf(), searchParams]);
  const asked = one(raw.year);
  const askedYear = asked && /^\d{4}$/.test(asked) ? Number(asked) : null;
  const year = askedYear !== null && askedYear >= MIN_YEAR && askedYear <= MAX_YEAR ? askedYear : (years.find((y) => y <= Number(asOf.slice(0, 4))) ?? years[0] ?? Number(asOf.slice(0, 4)));
  const view = parseUnitsView(one(raw.units));
  const [board, bands] = await Promise.all([getRankingBoard(viewer, year, one(raw.group), view), listRatingBands(year)]);
  const group = board.group;
  const select = "mt-1 block rounded-md border border-border bg-surface px-3 py-2";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("assessments.heading")}</h1>
          <p className="text-foreground">{t("assessments.intro")}</p>
        </div>
        {can(viewer, "assessment.manage") ? (
          <Link href={`/assessments/entry?year=${year}`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("assessments.manage")}
          </Link>
        ) : null}
      </div>
      <form method="get" action="/assessments" className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium" htmlFor="filter-year">
          {t("assessments.field.year")}
          <select id="filter-year" name="year" defaultValue={year} className={select}>
            {[...new Set([...years, year])].sort((a, b) => b - a).map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium" htmlFor="filter-group">
          {t("assessments.field.group")}
          <select id="filter-group" name="group" defaultValue={group?.code} className={select} data-testid="board-group">
            {board.groups.map((g) => (
              <option key={g.code} value={g.code}>{g.name}</option>
            ))}
          </select>
        </label>
        {view === DEFAULT_UNITS_VIEW ? null : <input type="hidden" name="units" value={view} />}
        <button type="submit" className="rounded-md border border-border bg-surface px-4 py-2 font-semibold text-brand-900">
          {t("assessments.show")}
        </button>
      </form>
      <UnitsViewSwitch view={view} href={(option) => boardHref(year, undefined, option)} />
      {board.groupYear !== null && board.groupYear !== year ? <p className="text-sm text-muted">{t("org.assessment.groupsOf", { year: board.groupYear })}</p> : null}
      <section aria-labelledby="bands" className="space-y-2">
        <h2 id="bands" className="text-lg font-semibold text-brand-900">{t("assessments.bands.heading", { year })}</h2>
        {bands.length === 0 ? (
          <p className="text-muted">{t("assessments.bands.none")}</p>
        ) : (
          <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {bands.map((b) => (
              <li key={b.rating}>{t("assessments.bands.row", { label: b.label, min: formatScoreValue(b.minScore) })}</li>
            ))}
          </ul>
        )}
      </section>
      {board.rows.length === 0 || !group ? (
        <p className="rounded-md border border-border bg-surface px-4 py-6 text-center text-muted">{t("assessments.none")}</p>
      ) : (
        <DataTable
          caption={t("org.assessment.caption", { group: group.name, year })}
          testId="assessment-board"
          columns={[t("assessments.col.rank"), t("assessments.col.agency"), t("assessments.col.self"), t("assessments.col.appraised"), t("assessments.col.rating"), t("assessments.col.alerts")]}
        >
          {board.rows.map((r) => (
            <tr key={r.agencyId} data-testid={`board-row-${r.agencyId}`}>
              <td className={`${tdClass} tabular-nums`}>{r.rank ?? ""}</td>
              <th scope="row" className={`${tdClass} font-medium`}>
                <Link href={`/agencies/${r.agencyId}`} className="text-brand-700 underline">{r.label}</Link>
                <Predecessors row={r} />
              </th>
              <td className={`${tdClass} tabular-nums`}>{score(r.selfScore)}</td>
              <td className={`${tdClass} tabular-nums`}>{score(r.appraisedScore)}</td>
              <td className={tdClass}>{r.rating === null ? "" : t(`assessments.rating.${r.rating}`)}</td>
              <td className={`${tdClass} min-w-64`}>
                <AlertList alerts={[...r.alerts, ...r.predecessors.flatMap((p) => p.alerts)]} compact />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
