// The scorecard's dossier and task figures computed straight from the raw tables by SQL, from the
// definitions of DESIGN §5.1/§5.2 — independently of the rollups and the data layer the page uses.
import type pg from "pg";

/** A timestamptz column as its calendar day in Việt Nam (UTC+7, no daylight saving). */
const day = (column: string) => `((${column} AT TIME ZONE 'UTC') + interval '7 hours')::date`;
/** The instant a Việt Nam calendar day ($n) begins. */
const startOf = (param: string) => `((${param}::date)::timestamp - interval '7 hours') AT TIME ZONE 'UTC'`;

export type SqlDossiers = {
  carriedOver: number;
  received: number;
  online: number;
  synced: number;
  digitized: number;
  early: number;
  onTime: number;
  late: number;
  overdueAtEnd: number;
};

export async function dossierFiguresBySql(client: pg.Client, from: string, to: string): Promise<SqlDossiers> {
  const { rows } = await client.query<Record<keyof SqlDossiers, string>>(
    `WITH d AS (
       SELECT ${day("received_at")} AS rd, ${day("due_at")} AS dd, ${day("resolved_at")} AS sd,
              channel::text AS channel, synced_to_national_portal AS synced, digitized
       FROM dossier)
     SELECT
       count(*) FILTER (WHERE rd < $1::date AND (sd IS NULL OR sd >= $1::date)) AS "carriedOver",
       count(*) FILTER (WHERE rd BETWEEN $1::date AND $2::date) AS received,
       count(*) FILTER (WHERE rd BETWEEN $1::date AND $2::date AND channel = 'ONLINE') AS online,
       count(*) FILTER (WHERE rd BETWEEN $1::date AND $2::date AND synced) AS synced,
       count(*) FILTER (WHERE rd BETWEEN $1::date AND $2::date AND digitized) AS digitized,
       count(*) FILTER (WHERE sd BETWEEN $1::date AND $2::date AND sd < dd) AS early,
       count(*) FILTER (WHERE sd BETWEEN $1::date AND $2::date AND sd = dd) AS "onTime",
       count(*) FILTER (WHERE sd BETWEEN $1::date AND $2::date AND sd > dd) AS late,
       count(*) FILTER (WHERE rd <= $2::date AND (sd IS NULL OR sd > $2::date) AND dd <= $2::date) AS "overdueAtEnd"
     FROM d`,
    [from, to],
  );
  const row = rows[0]!;
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])) as SqlDossiers;
}

export type SqlTasks = { assigned: number; doneOnTime: number; doneLate: number; overdue: number };

/** Tasks assigned from `from` to `statusDay`, by status at the end of `statusDay`. */
export async function taskFiguresBySql(client: pg.Client, from: string, statusDay: string): Promise<SqlTasks> {
  const { rows } = await client.query<{ assigned: string; done_on_time: string; done_late: string; overdue: string }>(
    `SELECT count(*) AS assigned,
            count(*) FILTER (WHERE completed_at < ${startOf("$2")} AND completed_at <= due_at) AS done_on_time,
            count(*) FILTER (WHERE completed_at < ${startOf("$2")} AND completed_at > due_at) AS done_late,
            count(*) FILTER (WHERE (completed_at IS NULL OR completed_at >= ${startOf("$2")}) AND due_at < ${startOf("$3")}) AS overdue
     FROM task WHERE assigned_at >= ${startOf("$1")} AND assigned_at < ${startOf("$2")}`,
    // overdue: not done by the end of the status day and due on an earlier day (a task due that day is still in progress)
    [from, nextDay(statusDay), statusDay],
  );
  const row = rows[0]!;
  return { assigned: Number(row.assigned), doneOnTime: Number(row.done_on_time), doneLate: Number(row.done_late), overdue: Number(row.overdue) };
}

/** Tasks not done by the end of `asOf` whose due instant is before the day began. */
export async function tasksOverdueBySql(client: pg.Client, asOf: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM task
     WHERE assigned_at < ${startOf("$2")} AND (completed_at IS NULL OR completed_at >= ${startOf("$2")}) AND due_at < ${startOf("$1")}`,
    [asOf, nextDay(asOf)],
  );
  return Number(rows[0]!.n);
}

/** Agencies whose late rate in the period is 10 % or more (DESIGN §5.2, §6). */
export async function agenciesAtOrAboveTenPercentLate(client: pg.Client, from: string, to: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `WITH d AS (
       SELECT agency_id, ${day("received_at")} AS rd, ${day("due_at")} AS dd, ${day("resolved_at")} AS sd FROM dossier
     ), a AS (
       SELECT agency_id,
         count(*) FILTER (WHERE rd <= $2::date AND (sd IS NULL OR sd >= $1::date)) AS to_process,
         count(*) FILTER (WHERE sd BETWEEN $1::date AND $2::date AND sd > dd)
           + count(*) FILTER (WHERE rd <= $2::date AND (sd IS NULL OR sd > $2::date) AND dd <= $2::date) AS late
       FROM d GROUP BY agency_id)
     SELECT count(*) AS n FROM a WHERE to_process > 0 AND late * 10 >= to_process`,
    [from, to],
  );
  return Number(rows[0]!.n);
}

/** The late dossiers and those to process of a set of agencies, added up, in the period (DESIGN §5.2). */
export async function lateRateBySql(client: pg.Client, agencyIds: number[], from: string, to: string): Promise<{ late: number; toProcess: number }> {
  const { rows } = await client.query<{ to_process: string; late: string }>(
    `WITH d AS (
       SELECT ${day("received_at")} AS rd, ${day("due_at")} AS dd, ${day("resolved_at")} AS sd FROM dossier WHERE agency_id = ANY($3)
     )
     SELECT count(*) FILTER (WHERE rd <= $2::date AND (sd IS NULL OR sd >= $1::date)) AS to_process,
       count(*) FILTER (WHERE sd BETWEEN $1::date AND $2::date AND sd > dd)
         + count(*) FILTER (WHERE rd <= $2::date AND (sd IS NULL OR sd > $2::date) AND dd <= $2::date) AS late
     FROM d`,
    [from, to, agencyIds],
  );
  return { late: Number(rows[0]!.late), toProcess: Number(rows[0]!.to_process) };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export async function dataAsOf(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ v: string }>("SELECT value #>> '{}' AS v FROM setting WHERE key = 'data_as_of'");
  return rows[0]?.v ?? new Date().toISOString().slice(0, 10);
}
