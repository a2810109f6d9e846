// The same figures as the pages show, computed the plain way: one GROUP BY over the raw dossier
// table per period, as a general BI tool would. Timed in the same run as the pages.
import type pg from "pg";
import { performance } from "node:perf_hooks";
import { endOfLocalDay, startOfLocalDay, type Period } from "../../lib/metrics/periods";

const DAY = (column: string) => `(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

export type RawQuery = { label: string; sql: string; params: unknown[] };

/** Per-group figures of one period (DESIGN §5.2) straight from `dossier`. */
export function periodFiguresSql(period: Period, groupBy: string, where = "true", whereParams: unknown[] = []): RawQuery {
  const from = startOfLocalDay(period.from).toISOString();
  const end = endOfLocalDay(period.to).toISOString();
  const n = whereParams.length;
  const p = (i: number) => `$${n + i}`;
  const inPeriod = `received_at >= ${p(1)}::timestamptz`;
  const resolvedIn = `resolved_at >= ${p(1)}::timestamptz AND resolved_at < ${p(2)}::timestamptz`;
  return {
    label: `${groupBy} ${period.from}…${period.to}`,
    params: [...whereParams, from, end, period.to],
    sql: `SELECT ${groupBy} AS grp,
        count(*) FILTER (WHERE received_at < ${p(1)}::timestamptz AND (resolved_at IS NULL OR resolved_at >= ${p(1)}::timestamptz)) AS carried_over,
        count(*) FILTER (WHERE ${inPeriod}) AS received,
        count(*) FILTER (WHERE ${resolvedIn} AND ${DAY("resolved_at")} < ${DAY("due_at")}) AS early,
        count(*) FILTER (WHERE ${resolvedIn} AND ${DAY("resolved_at")} = ${DAY("due_at")}) AS on_time,
        count(*) FILTER (WHERE ${resolvedIn} AND ${DAY("resolved_at")} > ${DAY("due_at")}) AS late,
        count(*) FILTER (WHERE (resolved_at IS NULL OR resolved_at >= ${p(2)}::timestamptz) AND ${DAY("due_at")} <= ${p(3)}::date) AS overdue_at_end,
        count(*) FILTER (WHERE ${inPeriod} AND channel = 'ONLINE') AS online,
        count(*) FILTER (WHERE ${inPeriod} AND synced_to_national_portal) AS synced,
        count(*) FILTER (WHERE ${inPeriod} AND digitized) AS digitized
      FROM dossier
      WHERE received_at < ${p(2)}::timestamptz AND ${where}
      GROUP BY 1`,
  };
}

/** Received and resolved by outcome per month, straight from `dossier` (the scorecard's charts). */
export function monthlySeriesSql(period: Period): RawQuery {
  return {
    label: `months ${period.from}…${period.to}`,
    params: [startOfLocalDay(period.from).toISOString(), endOfLocalDay(period.to).toISOString()],
    sql: `SELECT date_trunc('month', ${DAY("received_at")}) AS month, count(*) AS received,
        count(*) FILTER (WHERE channel = 'ONLINE') AS online,
        count(*) FILTER (WHERE ${DAY("resolved_at")} < ${DAY("due_at")}) AS early,
        count(*) FILTER (WHERE ${DAY("resolved_at")} = ${DAY("due_at")}) AS on_time,
        count(*) FILTER (WHERE ${DAY("resolved_at")} > ${DAY("due_at")}) AS late
      FROM dossier WHERE received_at >= $1::timestamptz AND received_at < $2::timestamptz GROUP BY 1`,
  };
}

/** Median time (ms) of running every query once, over `runs` runs after one warm-up. */
export async function timeRawQueries(client: pg.ClientBase, queries: RawQuery[], runs = 5): Promise<number> {
  const once = async () => {
    const started = performance.now();
    for (const query of queries) await client.query(query.sql, query.params);
    return performance.now() - started;
  };
  await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await once());
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}
