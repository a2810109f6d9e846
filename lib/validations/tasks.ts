// Tasks (DESIGN §5.1): the record the document-management software sends, by file or through
// /api/v1/tasks, and the tasks page's search parameters.
import { z } from "zod";
import { vi } from "@/lib/i18n/messages/vi";
import { TASK_STATUSES } from "@/lib/metrics/tasks";
import { isLocalDate, parsePeriodKey, rangePeriod, type Period } from "@/lib/metrics/periods";
import { code, instant, notBefore, optionalInstant, optionalText, text } from "@/lib/validations/record-values";
import { DEFAULT_UNITS_VIEW, UNITS_VIEWS } from "@/lib/org/views";

export const taskRecordSchema = z
  .object({
    code: code(40).meta({ description: "Mã nhiệm vụ (khóa tự nhiên)" }),
    title: text(500).meta({ description: "Nội dung nhiệm vụ" }),
    agencyCode: code(32).meta({ description: "Mã cơ quan được giao" }),
    documentNumber: optionalText(60),
    documentDate: optionalInstant(),
    assignedAt: instant(),
    dueAt: instant({ endOfDay: true }),
    completedAt: optionalInstant(),
  })
  .superRefine((record, ctx) => {
    notBefore(record.dueAt, record.assignedAt, "dueAt", vi["records.error.dueBeforeAssigned"], ctx);
    notBefore(record.completedAt, record.assignedAt, "completedAt", vi["records.error.completedBeforeAssigned"], ctx);
  });

export type TaskRecord = z.output<typeof taskRecordSchema>;

// The tasks page: a period (`?period=2024-Q2` or `?from=…&to=…` from the date fields), an agency,
// a status, a search text and a page. Anything malformed falls back to "not given" rather than
// failing the page.
const day = z.string().trim().refine(isLocalDate).optional().catch(undefined);

export const taskQuerySchema = z.object({
  period: z.string().trim().max(40).optional().catch(undefined),
  from: day,
  to: day,
  agency: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  status: z.enum(TASK_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  units: z.enum(UNITS_VIEWS).catch(DEFAULT_UNITS_VIEW),
});
export type TaskQuery = z.infer<typeof taskQuerySchema>;

/** The period the query names: `period` first, then from–to (either order), else `fallback`. */
export function periodOfQuery(query: Pick<TaskQuery, "period" | "from" | "to">, fallback: Period): Period {
  const named = query.period ? parsePeriodKey(query.period) : null;
  if (named) return named;
  if (query.from && query.to) return query.from <= query.to ? rangePeriod(query.from, query.to) : rangePeriod(query.to, query.from);
  return fallback;
}
