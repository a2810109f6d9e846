// One SQL statement for the figures the system already knows about an agency's quarter (tasks,
// DESIGN §5.1; dossiers, §5.2), shared by the report's data layer and the demo seed.
// Parameters: $1 agency id, $2 start of the quarter, $3 its exclusive end, $4 the time zone.
// Tasks are those assigned in the quarter, each by its status at the quarter's end, as the tasks
// page and the league table count them (lib/metrics/tasks countTasks, issue 16): the report's
// figures and those pages agree for the same agency and quarter.
import type { PrefillSource } from "../generated/prisma/enums";

export type KnownFigures = Record<PrefillSource, number>;

export const KNOWN_FIGURES_SQL = `
  SELECT
    (SELECT count(*) FROM task WHERE agency_id = $1 AND assigned_at >= $2 AND assigned_at < $3)::int AS tasks_assigned,
    (SELECT count(*) FROM task WHERE agency_id = $1 AND assigned_at >= $2 AND assigned_at < $3 AND completed_at < $3 AND completed_at <= due_at)::int AS tasks_on_time,
    (SELECT count(*) FROM task WHERE agency_id = $1 AND assigned_at >= $2 AND assigned_at < $3 AND completed_at < $3 AND completed_at > due_at)::int AS tasks_late,
    (SELECT count(*) FROM dossier WHERE agency_id = $1 AND received_at >= $2 AND received_at < $3)::int AS dossiers_received,
    (SELECT count(*) FROM dossier WHERE agency_id = $1 AND resolved_at >= $2 AND resolved_at < $3
        AND (resolved_at AT TIME ZONE $4)::date <= (due_at AT TIME ZONE $4)::date)::int AS dossiers_on_time,
    (SELECT count(*) FROM dossier WHERE agency_id = $1 AND resolved_at >= $2 AND resolved_at < $3
        AND (resolved_at AT TIME ZONE $4)::date > (due_at AT TIME ZONE $4)::date)::int AS dossiers_late`;

export type KnownFiguresRow = {
  tasks_assigned: number; tasks_on_time: number; tasks_late: number;
  dossiers_received: number; dossiers_on_time: number; dossiers_late: number;
};

export function knownFiguresOf(row: KnownFiguresRow | undefined): KnownFigures {
  return {
    TASKS_ASSIGNED: row?.tasks_assigned ?? 0,
    TASKS_DONE_ON_TIME: row?.tasks_on_time ?? 0,
    TASKS_DONE_LATE: row?.tasks_late ?? 0,
    DOSSIERS_RECEIVED: row?.dossiers_received ?? 0,
    DOSSIERS_RESOLVED_ON_TIME: row?.dossiers_on_time ?? 0,
    DOSSIERS_RESOLVED_LATE: row?.dossiers_late ?? 0,
  };
}
