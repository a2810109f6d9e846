// The scorecard's sections for Excel, from the same figures and labels the cards and tables use:
// the headline figures against the previous period and a year earlier, the league table, the
// approved report totals and the month-by-month series of the charts, in the reader's language
// (indices by their English names in English; units' proper names stay Vietnamese).
import type { ApprovedTotal } from "@/lib/data/reports/approved";
import type { IndexSummary } from "@/lib/data/indices";
import type { MonthPoint, ScorecardDossiers, ScorecardTasks } from "@/lib/data/scorecard";
import type { ExportContent } from "@/lib/api/xlsx-export";
import type { ScorecardData } from "@/lib/api/scorecard-data";
import { sheet, unitCell, type CellType, type XlsxColumn } from "@/lib/export/xlsx/columns";
import { baseFilters, dossierDefinitions, unitsViewFilter } from "@/lib/export/xlsx/notes";
import { periodKey } from "@/lib/metrics/periods";
import { localName } from "@/lib/i18n/locale";
import type { Intl, Translator } from "@/lib/i18n/translator";
import { sortLeague, type LeagueRow, type LeagueSort } from "@/lib/metrics/scorecard";
import { groupRows, type RankingGroupDef } from "@/lib/org/groups";

export type FigureRow = { label: string; type: CellType; current: number | null; previous: number | null; yearAgo: number | null };

export function figureColumns(t: Translator, labels: { current: string; previous: string; yearAgo: string }): XlsxColumn<FigureRow>[] {
  const typed = (value: number | null, type: CellType) => (value === null ? null : { number: value, type: type === "percent" ? "percent" : "integer" } as const);
  return [
    { key: "figure", header: t("export.col.figure"), type: "text", value: (row) => row.label, width: 40 },
    { key: "current", header: labels.current, type: "decimal", value: (row) => typed(row.current, row.type), width: 18 },
    { key: "previous", header: labels.previous, type: "decimal", value: (row) => typed(row.previous, row.type), width: 18 },
    { key: "yearAgo", header: labels.yearAgo, type: "decimal", value: (row) => typed(row.yearAgo, row.type), width: 18 },
  ];
}

export function figureRows(t: Translator, dossiers: ScorecardDossiers, tasks: ScorecardTasks | null): FigureRow[] {
  type Figure = "received" | "toProcess" | "earlyShare" | "onTimeRate" | "lateRate" | "onlineShare" | "syncedShare" | "digitizedShare";
  const d = (label: `scorecard.dossiers.${Figure}`, type: CellType, key: Figure): FigureRow => ({
    label: t(label), type, current: dossiers.current[key], previous: dossiers.previous[key], yearAgo: dossiers.yearAgo[key],
  });
  const rows = [
    d("scorecard.dossiers.received", "integer", "received"),
    d("scorecard.dossiers.toProcess", "integer", "toProcess"),
    d("scorecard.dossiers.earlyShare", "percent", "earlyShare"),
    d("scorecard.dossiers.onTimeRate", "percent", "onTimeRate"),
    d("scorecard.dossiers.lateRate", "percent", "lateRate"),
    d("scorecard.dossiers.onlineShare", "percent", "onlineShare"),
    d("scorecard.dossiers.syncedShare", "percent", "syncedShare"),
    d("scorecard.dossiers.digitizedShare", "percent", "digitizedShare"),
  ];
  if (tasks) {
    rows.push(
      { label: t("scorecard.tasks.assigned"), type: "integer", current: tasks.current.counts.assigned, previous: tasks.previous.counts.assigned, yearAgo: tasks.yearAgo.counts.assigned },
      { label: t("scorecard.tasks.onTimeRate"), type: "percent", current: tasks.current.rates.onTimeRate, previous: tasks.previous.rates.onTimeRate, yearAgo: tasks.yearAgo.rates.onTimeRate },
      { label: t("scorecard.tasks.doneLate"), type: "integer", current: tasks.current.counts.doneLate, previous: tasks.previous.counts.doneLate, yearAgo: tasks.yearAgo.counts.doneLate },
    );
  }
  return rows;
}

/** A league row with its group (khối) of the year and its position within it, as the page shows them. */
export type PositionedLeagueRow = LeagueRow & { position: number; groupName: string };

/** The league's rows sorted, group by group (the page's tables), one list for one sheet. */
export function leagueXlsxRows({ t, f }: Intl, league: { rows: readonly LeagueRow[]; groups: readonly RankingGroupDef[] }, sort: LeagueSort): PositionedLeagueRow[] {
  return groupRows(sortLeague(league.rows, sort), league.groups, (row) => row.agencyId).flatMap((part) =>
    part.rows.map((row) => ({ ...row, groupName: part.group ? localName(f.locale, part.group) : (league.groups.length === 0 ? "" : t("org.league.ungrouped")) })),
  );
}

export function leagueXlsx({ t, f }: Intl): XlsxColumn<PositionedLeagueRow>[] {
  // an ended unit carries its last day, in the reader's formats (as lib/org/labels' unitLabel words it)
  const name = (row: PositionedLeagueRow) => (row.closedOn === null ? row.agencyName : t("org.unit.closed", { name: row.agencyName, date: f.localDate(row.closedOn) }));
  return [
    { key: "position", header: "#", type: "integer", value: (row) => row.position, width: 6 },
    { key: "group", header: t("assessments.field.group"), type: "text", value: (row) => row.groupName, width: 28 },
    { key: "name", header: t("scorecard.league.agency"), type: "text", value: name, width: 44 },
    { key: "late", header: t("scorecard.league.lateRate"), type: "percent", value: (row) => row.lateRate },
    { key: "yearAgo", header: t("org.league.yearAgo"), type: "percent", value: (row) => row.lateRateYearAgo },
    { key: "toProcess", header: t("scorecard.dossiers.toProcess"), type: "integer", value: (row) => row.toProcess },
    { key: "tasks", header: t("scorecard.league.taskOnTimeRate"), type: "percent", value: (row) => row.taskOnTimeRate },
    { key: "tasksDecided", header: t("export.col.tasksDecided"), type: "integer", value: (row) => row.tasksDecided },
    { key: "tasksAssigned", header: t("scorecard.tasks.assigned"), type: "integer", value: (row) => row.tasksAssigned },
    { key: "rating", header: t("scorecard.league.rating"), type: "text", value: (row) => (row.rating && row.ratingYear ? t("scorecard.league.ratingOf", { rating: t(`assessments.rating.${row.rating}`), year: String(row.ratingYear) }) : t("scorecard.league.noRating")), width: 22 },
    { key: "rule", header: t("export.col.lateRule"), type: "text", value: (row) => (row.breaksLateRule ? t("scorecard.league.flag") : ""), width: 30 },
  ];
}

export function approvedXlsx(t: Translator, withArea: boolean): XlsxColumn<ApprovedTotal>[] {
  return [
    { key: "code", header: t("export.col.code"), type: "text", value: (row) => row.code },
    { key: "indicator", header: t("reports.col.indicator"), type: "text", value: (row) => row.nameVi, width: 60 },
    ...(withArea ? [{ key: "area", header: t("indicators.col.area"), type: "text", value: (row: ApprovedTotal) => t(`reports.area.${row.area}`), width: 30 } as const] : []),
    { key: "total", header: t("reports.col.total"), type: "decimal", value: (row) => unitCell(row.value, row.unit) },
    { key: "reports", header: t("reports.col.reports"), type: "integer", value: (row) => row.reports },
  ];
}

export function monthsXlsx(t: Translator): XlsxColumn<MonthPoint>[] {
  return [
    { key: "month", header: t("dossiers.col.month"), type: "date", value: (row) => row.month },
    { key: "received", header: t("scorecard.dossiers.received"), type: "integer", value: (row) => row.figures.received },
    { key: "toProcess", header: t("scorecard.dossiers.toProcess"), type: "integer", value: (row) => row.figures.toProcess },
    { key: "lateRate", header: t("scorecard.dossiers.lateRate"), type: "percent", value: (row) => row.figures.lateRate },
    { key: "onlineShare", header: t("scorecard.dossiers.onlineShare"), type: "percent", value: (row) => row.figures.onlineShare },
    { key: "assigned", header: t("scorecard.tasks.assigned"), type: "integer", value: (row) => row.tasks.assigned },
    { key: "taskOnTime", header: t("scorecard.tasks.onTimeRate"), type: "percent", value: (row) => row.tasks.onTimeRate },
  ];
}

export function indicesXlsx({ t, f }: Intl): XlsxColumn<IndexSummary>[] {
  return [
    { key: "code", header: t("export.col.code"), type: "text", value: (row) => row.code },
    { key: "name", header: t("export.col.name"), type: "text", value: (row) => localName(f.locale, row), width: 40 },
    { key: "year", header: t("export.col.year"), type: "year", value: (row) => row.latestYear },
    { key: "score", header: t("export.col.score"), type: "decimal", value: (row) => (row.score === null ? null : unitCell(row.score, row.unit)) },
    { key: "max", header: t("export.col.maxScore"), type: "decimal", value: (row) => row.maxScore },
    { key: "rank", header: t("export.col.rank"), type: "integer", value: (row) => row.rank },
    { key: "rankOf", header: t("export.col.rankOf"), type: "integer", value: (row) => row.rankOf },
  ];
}

export type IndexYearRow = { code: string; name: string; nameEn: string | null; unit: IndexSummary["unit"]; year: number; score: number | null; rank: number | null; rankOf: number | null };

/** Every recorded year of every index, one row each (the index pages' yearly tables). */
export function indexYears(summaries: readonly IndexSummary[]): IndexYearRow[] {
  return summaries.flatMap((index) => index.series.map((point) => ({ code: index.code, name: index.name, nameEn: index.nameEn, unit: index.unit, ...point })));
}

export function indexYearsXlsx({ t, f }: Intl): XlsxColumn<IndexYearRow>[] {
  return [
    { key: "code", header: t("export.col.code"), type: "text", value: (row) => row.code },
    { key: "name", header: t("export.col.name"), type: "text", value: (row) => localName(f.locale, row), width: 40 },
    { key: "year", header: t("export.col.year"), type: "year", value: (row) => row.year },
    { key: "score", header: t("export.col.score"), type: "decimal", value: (row) => (row.score === null ? null : unitCell(row.score, row.unit)) },
    { key: "rank", header: t("export.col.rank"), type: "integer", value: (row) => row.rank },
    { key: "rankOf", header: t("export.col.rankOf"), type: "integer", value: (row) => row.rankOf },
  ];
}

/** The scorecard's workbook: headline figures, the whole league, approved totals (a quarter), indices, months. */
export function scorecardContent(data: ScorecardData, sort: LeagueSort, intl: Intl): ExportContent {
  const { t } = intl;
  const { period, labels } = data;
  return {
    what: "scorecard",
    fileSuffix: periodKey(period),
    title: { title: t("scorecard.heading"), unit: t("export.unit.province"), period: labels.current },
    sheets: [
      sheet(t("export.sheet.figures"), figureColumns(t, labels), figureRows(t, data.dossiers, data.tasks)),
      sheet(t("scorecard.league.heading"), leagueXlsx(intl), leagueXlsxRows(intl, data.league, sort)),
      ...(period.kind === "quarter" ? [sheet(t("scorecard.approved.heading"), approvedXlsx(t, true), data.approved)] : []),
      sheet(t("scorecard.indices.heading"), indicesXlsx(intl), data.indices),
      sheet(t("export.sheet.months"), monthsXlsx(t), data.series.months),
    ],
    notes: {
      filters: baseFilters(t, labels.current, t("export.unit.province"), [unitsViewFilter(t, data.units)]),
      definitions: [...dossierDefinitions(t), [t("scorecard.tasks.onTimeRate"), t("export.def.taskRate")], [t("scorecard.indices.heading"), t("export.def.indices")]],
    },
  };
}
