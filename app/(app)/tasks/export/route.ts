// The tasks page as a workbook: the tasks by agency and the whole filtered list (streamed in
// batches). Agency staff export their own agency only, whatever the URL says.
import { taskListXlsx, tasksByAgencyXlsx } from "@/components/tasks/tasks-xlsx";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { readableAgencies } from "@/lib/auth/permissions";
import { getAgencyName } from "@/lib/data/reports/names";
import { countTasks, streamTasks } from "@/lib/data/task-list";
import { unitLens } from "@/lib/data/province/unit-lens";
import { getTaskCountsByUnit } from "@/lib/data/tasks";
import { sheet } from "@/lib/export/xlsx/columns";
import { unitsViewFilter } from "@/lib/export/xlsx/notes";
import { periodKey } from "@/lib/metrics/periods";
import { tasksParams } from "@/lib/validations/tasks";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  schema: tasksParams,
  load: async ({ viewer, params, t, f }) => {
    const scope = readableAgencies(viewer);
    const agencyId = scope === "all" ? params.agency : (viewer.agencyId ?? undefined);
    const agencyName = agencyId === undefined ? null : await getAgencyName(viewer, agencyId);
    if (agencyId !== undefined && !agencyName) return null;
    // the page's units view: by today's units a unit lists its predecessors' tasks too
    const lens = await unitLens(params.units);
    const byAgency = (await getTaskCountsByUnit(viewer, params.period, lens)).filter((row) => agencyId === undefined || row.agencyId === agencyId);
    const period = f.period(params.period);
    const list = { period: params.period, agencyId, status: params.status, q: params.q, lens };
    return {
      what: "tasks",
      fileSuffix: `${periodKey(params.period)}${agencyId ? `-${agencyId}` : ""}`,
      agencyId: agencyId ?? null,
      title: { title: t("tasks.heading"), unit: agencyName ?? t("export.unit.province"), period },
      countStreamed: () => countTasks(viewer, list),
      sheets: [
        sheet(t("tasks.byAgency.heading"), tasksByAgencyXlsx(t), byAgency),
        sheet(t("tasks.list.heading"), taskListXlsx(t), streamTasks(viewer, list)),
      ],
      notes: {
        filters: [
          [t("export.title.period"), period],
          [t("export.title.unit"), agencyName ?? t("export.unit.province")],
          ...(params.status ? [[t("tasks.col.status"), t(`tasks.status.${params.status}`)] as const] : []),
          ...(params.q ? [[t("export.filter.search"), params.q] as const] : []),
          ...[unitsViewFilter(t, params.units)].filter((pair) => pair !== null),
        ],
        definitions: [
          [t("tasks.col.status"), t("export.def.taskStatus")],
          [t("tasks.onTimeRate"), t("export.def.taskRate")],
          [t("export.title.unit"), t("export.def.scope")],
        ],
      },
    };
  },
});
