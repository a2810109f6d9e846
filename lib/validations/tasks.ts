// Tasks (DESIGN §5.1): the record the document-management software sends, by file or through
// /api/v1/tasks, and the tasks page's search parameters.
import { z } from "zod";
import { msg } from "@/lib/validations/messages";
import { TASK_LIST_FILTERS } from "@/lib/metrics/tasks";
import { yearPeriod } from "@/lib/metrics/periods";
import { code, instant, notBefore, optionalInstant, optionalText, text } from "@/lib/validations/record-values";
import { DEFAULT_UNITS_VIEW, UNITS_VIEWS } from "@/lib/org/views";
import { choiceParam, idParam, pageParam, periodFields, periodOfFields, textParam, type DataSpan } from "@/lib/validations/search-params";

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
    notBefore(record.dueAt, record.assignedAt, "dueAt", msg("records.error.dueBeforeAssigned"), ctx);
    notBefore(record.completedAt, record.assignedAt, "completedAt", msg("records.error.completedBeforeAssigned"), ctx);
  });

export type TaskRecord = z.output<typeof taskRecordSchema>;

// The tasks page: a period (`?period=2024-Q2`, or `?from=…&to=…` from the date fields), an agency,
// a status, a search text, a page and the units view (`?units=time`); nothing asked: the data's year.
export const tasksParams = (span: DataSpan) =>
  z
    .object({
      ...periodFields(span),
      agency: idParam().optional(),
      status: choiceParam(TASK_LIST_FILTERS).optional(),
      q: textParam(100).optional(),
      page: pageParam().optional(),
      units: choiceParam(UNITS_VIEWS).optional(),
    })
    .transform((input, ctx) => {
      const period = periodOfFields(input, span, ctx) ?? yearPeriod(Number(span.asOf.slice(0, 4)));
      return { period, agency: input.agency, status: input.status, q: input.q ?? "", page: input.page ?? 1, units: input.units ?? DEFAULT_UNITS_VIEW };
    });
export type TaskQuery = z.output<ReturnType<typeof tasksParams>>;
