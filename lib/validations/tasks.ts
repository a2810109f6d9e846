// The tasks page's search parameters: a period (`?period=2024-Q2` or `?from=…&to=…` from the
// date fields), an agency, a status, a search text and a page. Anything malformed falls back to
// "not given" rather than failing the page.
import { z } from "zod";
import { TASK_STATUSES } from "@/lib/metrics/tasks";
import { isLocalDate, parsePeriodKey, rangePeriod, type Period } from "@/lib/metrics/periods";

const day = z.string().trim().refine(isLocalDate).optional().catch(undefined);

export const taskQuerySchema = z.object({
  period: z.string().trim().max(40).optional().catch(undefined),
  from: day,
  to: day,
  agency: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  status: z.enum(TASK_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type TaskQuery = z.infer<typeof taskQuerySchema>;

/** The period the query names: `period` first, then from–to (either order), else `fallback`. */
export function periodOfQuery(query: Pick<TaskQuery, "period" | "from" | "to">, fallback: Period): Period {
  const named = query.period ? parsePeriodKey(query.period) : null;
  if (named) return named;
  if (query.from && query.to) return query.from <= query.to ? rangePeriod(query.from, query.to) : rangePeriod(query.to, query.from);
  return fallback;
}
