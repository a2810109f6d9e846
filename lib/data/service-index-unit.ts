// One unit's service index (issue 21): its score, rank and movement from the board, each indicator's
// formula and inputs, what costs it the most points (indicators, and on 2.1 the procedure fields
// whose late dossiers cost them), and for the week under way a forecast.
import "server-only";
import { can, type Viewer } from "@/lib/auth/permissions";
import { getServiceIndexBoard, unsafeLateByField, unsafeOpenDueBy, type FieldLate, type Forecast, type ServiceIndexBoard, type UnitIndexRow } from "@/lib/data/service-index";
import { unitLens } from "@/lib/data/province/unit-lens";
import { forecastIndex, lateCostByField } from "@/lib/service-index/inputs";
import { costliest, type IndicatorScore } from "@/lib/service-index/model";
import { isOngoing, type IndexPeriod } from "@/lib/service-index/periods";
import type { UnitsView } from "@/lib/org/views";
import type { RankingGroupDef } from "@/lib/org/groups";

export type UnitServiceIndex = {
  board: ServiceIndexBoard;
  row: UnitIndexRow & { position: number | null };
  group: Pick<RankingGroupDef, "code" | "name"> | null;
  groupSize: number;
  /** the agencies whose dossiers make up the unit's figures (the unit and, today, its predecessors) */
  sources: number[];
  costliest: IndicatorScore[];
  fieldCosts: (FieldLate & { cost: number })[];
  /** the week under way only */
  forecast: Forecast | null;
};

/** Null when the viewer may not read the unit, or the unit is not listed for the period. */
export async function getUnitServiceIndex(viewer: Viewer, unitId: number, period: IndexPeriod, view: UnitsView): Promise<UnitServiceIndex | null> {
  if (!can(viewer, "agency.read", { agencyId: unitId })) return null;
  const [board, lens] = await Promise.all([getServiceIndexBoard(viewer, period, view), unitLens(view)]);
  if (!board) return null;
  const group = board.groups.find((g) => g.rows.some((r) => r.agencyId === unitId));
  const row = group?.rows.find((r) => r.agencyId === unitId);
  if (!group || !row) return null;
  const sources = lens.sourcesOf(unitId);
  const onTime = board.config.indicators.find((i) => i.code === "2.1");
  const toProcess = row.counts.carriedOver + row.counts.received;
  const ongoingWeek = period.kind === "week" && isOngoing(period, board.asOf);
  const [fields, openDue] = await Promise.all([
    unsafeLateByField(sources, board.read, board.asOf),
    ongoingWeek ? unsafeOpenDueBy(sources, board.asOf, period.period.to) : Promise.resolve(null),
  ]);
  const forecast = openDue === null ? null : forecastIndex(row.counts, openDue, row.procedures, board.config, row.entered);
  return {
    board,
    row,
    group: group.group,
    groupSize: group.rows.length,
    sources,
    costliest: costliest(row.index),
    fieldCosts: onTime ? lateCostByField(fields, toProcess, onTime.points) : [],
    forecast,
  };
}
