// A task record as the document-management software sends it, by file or through /api/v1/tasks.
import { z } from "zod";
import { vi } from "@/lib/i18n/messages/vi";
import { code, instant, notBefore, optionalInstant, optionalText, text } from "@/lib/validations/record-values";

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
