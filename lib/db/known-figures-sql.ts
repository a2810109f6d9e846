// One SQL statement for the figures the system already knows about an agency's quarter (tasks,
// DESIGN §5.1; dossiers, §5.2), shared by the report's data layer and the demo seed.
// Parameters: $1 agency id, $2 start of the quarter, $3 its exclusive end, $4 the time zone.
// Tasks are those assigned in the quarter, each by its status at the quarter's end, as the tasks
// page and the league table count them (lib/metrics/tasks countTasks, issue 16): the report's
// figures and those pages agree for the same agency and quarter. Each part adds up to its whole
// (tasks by status; dossiers received by channel; resolved by outcome), as the catalogue's rules ask.
import type { PrefillSource } from "../generated/prisma/enums";

export type KnownFigures = Record<PrefillSource, number>;

export const KNOWN_FIGURES_SQL = `
  SELECT t.*, r.*, d.* FROM
    (SELECT
        count(*)::int AS tasks_assigned,
        count(*) FILTER (WHERE completed_at < $3 AND completed_at <= due_at)::int AS tasks_on_time,
        count(*) FILTER (WHERE completed_at < $3 AND completed_at > due_at)::int AS tasks_late,
        count(*) FILTER (WHERE completed_at IS NULL OR completed_at >= $3)::int AS tasks_in_progress
      FROM task WHERE agency_id = $1 AND assigned_at >= $2 AND assigned_at < $3) t,
    (SELECT
        count(*)::int AS dossiers_received,
        count(*) FILTER (WHERE channel = 'ONLINE')::int AS dossiers_online,
        count(*) FILTER (WHERE channel = 'IN_PERSON')::int AS dossiers_in_person,
        count(*) FILTER (WHERE channel = 'POSTAL')::int AS dossiers_postal
      FROM dossier WHERE agency_id = $1 AND received_at >= $2 AND received_at < $3) r,
    (SELECT
        count(*)::int AS dossiers_resolved,
        count(*) FILTER (WHERE (resolved_at AT TIME ZONE $4)::date < (due_at AT TIME ZONE $4)::date)::int AS dossiers_early,
        count(*) FILTER (WHERE (resolved_at AT TIME ZONE $4)::date <= (due_at AT TIME ZONE $4)::date)::int AS dossiers_on_time,
        count(*) FILTER (WHERE (resolved_at AT TIME ZONE $4)::date > (due_at AT TIME ZONE $4)::date)::int AS dossiers_late
      FROM dossier WHERE agency_id = $1 AND resolved_at >= $2 AND resolved_at < $3) d`;

export type KnownFiguresRow = {
  tasks_assigned: number; tasks_on_time: number; tasks_late: number; tasks_in_progress: number;
  dossiers_received: number; dossiers_online: number; dossiers_in_person: number; dossiers_postal: number;
  dossiers_resolved: number; dossiers_early: number; dossiers_on_time: number; dossiers_late: number;
};

export function knownFiguresOf(row: KnownFiguresRow | undefined): KnownFigures {
  return {
    TASKS_ASSIGNED: row?.tasks_assigned ?? 0,
    TASKS_DONE_ON_TIME: row?.tasks_on_time ?? 0,
    TASKS_DONE_LATE: row?.tasks_late ?? 0,
    TASKS_IN_PROGRESS: row?.tasks_in_progress ?? 0,
    DOSSIERS_RECEIVED: row?.dossiers_received ?? 0,
    DOSSIERS_ONLINE: row?.dossiers_online ?? 0,
    DOSSIERS_IN_PERSON: row?.dossiers_in_person ?? 0,
    DOSSIERS_POSTAL: row?.dossiers_postal ?? 0,
    DOSSIERS_RESOLVED: row?.dossiers_resolved ?? 0,
    DOSSIERS_RESOLVED_EARLY: row?.dossiers_early ?? 0,
    DOSSIERS_RESOLVED_ON_TIME: row?.dossiers_on_time ?? 0,
    DOSSIERS_RESOLVED_LATE: row?.dossiers_late ?? 0,
  };
}
