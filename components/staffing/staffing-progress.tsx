// The province's progress towards its staffing targets (DESIGN §5.4): per category the 2021
// baseline, the planned quota and cut, the cut so far, the projected target year at the current
// pace, and the chart of the path needed versus taken.
import { TargetPathChart, type TargetPathPoint } from "@/components/charts/target-path-chart";
import { Table } from "@/components/ui/table";
import type { StaffCategory } from "@/lib/generated/prisma/enums";
import type { StaffingTargetProgress } from "@/lib/data/staffing";
import { projectionLine } from "@/lib/metrics/staffing";
import { useTranslations } from "next-intl";
import type { Intl } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";

type Props = { progress: StaffingTargetProgress[]; streamlinedSinceBaseline: number; throughYear: number };

const CUT_CATEGORIES: StaffCategory[] = ["CIVIL_SERVANT", "PUBLIC_EMPLOYEE"];

type Column = { category: StaffCategory; plan?: StaffingTargetProgress; minimum?: StaffingTargetProgress };
type ProgressRow = { key: string; label: string; cells: string[]; total: string };

function cut({ t, f }: Intl, value: number | null, baseline: number | null): string {
  if (value === null || baseline === null) return t("common.noData");
  return t("staffing.cutOf", { count: f.number(-value), percent: f.percent(-value / baseline) });
}

function pathPoints(item: StaffingTargetProgress): TargetPathPoint[] {
  const projected = new Map(projectionLine(item.progress).map((p) => [p.year, p.value]));
  return item.progress.path.map((p) => ({ year: p.year, needed: p.needed, taken: p.taken, projected: projected.get(p.year) ?? null }));
}

export function StaffingProgress({ progress, streamlinedSinceBaseline, throughYear }: Props) {
  const t = useTranslations();
  const f = useFormat();
  const intl = { t, f };
  const columns: Column[] = CUT_CATEGORIES.map((category) => ({
    category,
    plan: progress.find((p) => p.target.category === category && p.target.unit === "COUNT"),
    minimum: progress.find((p) => p.target.category === category && p.target.unit === "PERCENT"),
  }));
  const plans = columns.flatMap((c) => (c.plan ? [c.plan] : []));
  const sum = (pick: (p: StaffingTargetProgress) => number | null) =>
    plans.every((p) => pick(p) !== null) ? plans.reduce((total, p) => total + (pick(p) ?? 0), 0) : null;
  const planTotal = sum((p) => p.progress.targetLevel);
  const first = plans[0]?.progress;
  const periodLabel = first ? `${first.baselineYear + 1}–${first.targetYear}` : "";

  const rows: ProgressRow[] = [
    {
      key: "baseline",
      label: t("staffing.row.baseline", { year: String(first?.baselineYear ?? "") }),
      cells: columns.map((c) => (c.plan?.progress.baselineValue != null ? f.number(c.plan.progress.baselineValue) : t("common.noData"))),
      total: formatOrNoData(intl, sum((p) => p.progress.baselineValue)),
    },
    {
      key: "plan",
      label: t("staffing.row.plan", { period: periodLabel }),
      cells: columns.map((c) => (c.plan?.progress.targetLevel != null ? f.number(c.plan.progress.targetLevel) : t("common.noData"))),
      total: formatOrNoData(intl, planTotal),
    },
    {
      key: "planCut",
      label: t("staffing.row.planCut", { year: String(first?.baselineYear ?? "") }),
      cells: columns.map((c) => cut(intl, c.plan?.progress.requiredChange ?? null, c.plan?.progress.baselineValue ?? null)),
      total: formatOrNoData(intl, negate(sum((p) => p.progress.requiredChange))),
    },
    {
      key: "minimum",
      label: t("staffing.row.minimum"),
      cells: columns.map((c) => (c.minimum ? t("staffing.minimumCut", { percent: f.percent(c.minimum.target.value / 100, 0) }) : "—")),
      total: "",
    },
    {
      key: "achieved",
      label: t("staffing.row.achieved", { year: String(first?.latestYear ?? throughYear) }),
      cells: columns.map((c) => cut(intl, c.plan?.progress.achievedChange ?? null, c.plan?.progress.baselineValue ?? null)),
      total: formatOrNoData(intl, negate(sum((p) => p.progress.achievedChange))),
    },
    {
      key: "progress",
      label: t("staffing.row.progress"),
      cells: columns.map((c) => (c.plan?.progress.progress != null ? f.percent(c.plan.progress.progress) : t("common.noData"))),
      total: "",
    },
    {
      key: "projection",
      label: t("staffing.row.projection", { year: String(first?.targetYear ?? "") }),
      cells: columns.map((c) => projectionText(intl, c)),
      total: "",
    },
  ];

  return (
    <section aria-labelledby="staffing-progress" className="space-y-4">
      <h2 id="staffing-progress" className="text-lg font-semibold text-brand-900">
        {t("staffing.progress.heading", { period: periodLabel })}
      </h2>
      <Table
        caption={t("staffing.progress.caption")}
        columns={[
          { key: "measure", header: t("staffing.col.measure"), rowHeader: true, cell: (row) => row.label },
          ...columns.map((c, i) => ({
            key: c.category,
            header: t(`staffing.category.${c.category}`),
            numeric: true,
            cellData: (row: ProgressRow) => ({ "data-testid": `staffing-${row.key}-${c.category}` }),
            cell: (row: ProgressRow) => row.cells[i],
          })),
          { key: "total", header: t("staffing.col.total"), numeric: true, cellData: (row) => ({ "data-testid": `staffing-${row.key}-total` }), cell: (row) => row.total },
        ]}
        rows={rows}
        rowKey={(row) => row.key}
        rowProps={(row) => ({ "data-testid": `staffing-row-${row.key}` })}
        testId="staffing-progress-table"
      />
      <p className="text-sm text-foreground" data-testid="staffing-streamlined-total">
        {t("staffing.streamlinedSince", { from: String((first?.baselineYear ?? 0) + 1), to: String(throughYear), count: f.number(streamlinedSinceBaseline) })}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        {columns.flatMap((c) =>
          c.plan
            ? [
                <TargetPathChart
                  key={c.category}
                  title={t("staffing.chart.path", { category: t(`staffing.category.${c.category}`) })}
                  points={pathPoints(c.plan)}
                  labels={{ year: t("staffing.col.year"), needed: t("staffing.chart.needed"), taken: t("staffing.chart.taken"), projected: t("staffing.chart.projected") }}
                  testId={`staffing-path-${c.category}`}
                />,
              ]
            : [],
        )}
      </div>
    </section>
  );
}

function formatOrNoData({ t, f }: Intl, value: number | null): string {
  return value === null ? t("common.noData") : f.number(value);
}

function negate(value: number | null): number | null {
  return value === null ? null : -value;
}

function projectionText({ t, f }: Intl, column: Column): string {
  const progress = column.plan?.progress;
  if (!progress?.projection || progress.baselineValue === null) return t("common.noData");
  const { value, meetsTarget } = progress.projection;
  return t(meetsTarget ? "staffing.projection.meets" : "staffing.projection.misses", {
    value: f.number(value),
    percent: f.percent((progress.baselineValue - value) / progress.baselineValue),
  });
}
