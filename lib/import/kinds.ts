// What each kind of import reads and writes: its columns (Vietnamese headers of the template, the
// record field each fills), its zod schema (shared with /api/v1), and how a valid record becomes a
// row of the target table once its codes are resolved. The SQL types come from the table itself
// (lib/data/imports/write.ts stages rows in a copy of its columns), so they are not restated here.
import type { z } from "zod";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { reason, type RowReason } from "./reasons";
import { dossierRecordSchema, type DossierRecord } from "@/lib/validations/dossiers";
import { procedureRecordSchema, type ProcedureRecord } from "@/lib/validations/procedures";
import { taskRecordSchema, type TaskRecord } from "@/lib/validations/tasks";

/** Codes the records name, resolved to ids (loaded once per import by lib/data/imports/references.ts). */
export type References = {
  agencies: Map<string, number>;
  procedures: Map<string, number>;
  officials: Map<string, { id: number; agencyId: number }>;
  fields: Map<string, number>;
};

export type Column = { key: string; header: string; required: boolean; example: string };

/** A resolved row (values in `columns` order) or the reasons it cannot be one, per field. */
export type Resolution = { row: unknown[] } | { errors: { field: string; reason: RowReason }[] };

export type KindSpec<R = unknown> = {
  kind: ImportKind;
  table: "dossier" | "task" | "procedure";
  schema: z.ZodType<R>;
  columns: readonly Column[];
  /** the target table's columns filled from a resolved row, natural key first */
  tableColumns: readonly string[];
  /** whether the table records the import or API token that last wrote a row (written_by_*) */
  recordsWriter: boolean;
  resolve(record: R, refs: References): Resolution;
};

type UnknownCode = "records.error.unknownProcedureCode" | "records.error.unknownAgencyCode" | "records.error.unknownOfficialCode" | "records.error.unknownFieldCode";

/** A code the database does not know, echoed back so that the user sees which value to fix. */
// The templates' example rows name codes the demo holds (today's Sở Tư pháp, its first official,
// its criminal-record procedure), so that a downloaded template imports on the demo as it is
// (tests/integration/imports/template-on-demo.test.ts).
const missing = (field: string, message: UnknownCode, code: string) => ({ field, reason: reason(message, { code }) });

const dossier: KindSpec<DossierRecord> = {
  kind: "DOSSIER",
  table: "dossier",
  schema: dossierRecordSchema,
  recordsWriter: true,
  columns: [
    { key: "code", header: "Mã hồ sơ", required: true, example: "H34.22-260915-0001" },
    { key: "procedureCode", header: "Mã thủ tục", required: true, example: "T-LLTP-001" },
    { key: "agencyCode", header: "Mã cơ quan", required: true, example: "T-STP" },
    { key: "channel", header: "Hình thức nộp", required: true, example: "Trực tuyến" },
    { key: "receivedAt", header: "Ngày tiếp nhận", required: true, example: "15/09/2026 09:30" },
    { key: "dueAt", header: "Ngày hẹn trả", required: true, example: "29/09/2026" },
    { key: "resolvedAt", header: "Ngày trả kết quả", required: false, example: "25/09/2026 15:00" },
    { key: "handlingOfficialCode", header: "Mã cán bộ xử lý", required: false, example: "CB-T-STP-01" },
    { key: "syncedToNationalPortal", header: "Đồng bộ DVCQG", required: false, example: "Có" },
    { key: "digitized", header: "Số hóa", required: false, example: "Có" },
    { key: "hasElectronicResult", header: "Kết quả điện tử", required: false, example: "Không" },
    { key: "apologyIssuedAt", header: "Ngày gửi thư xin lỗi", required: false, example: "" },
    { key: "rescheduleCount", header: "Số lần hẹn lại", required: false, example: "0" },
  ],
  tableColumns: [
    "code", "procedure_id", "agency_id", "channel", "received_at", "due_at", "resolved_at", "handling_official_id",
    "synced_to_national_portal", "digitized", "has_electronic_result", "apology_issued_at", "reschedule_count",
  ],
  resolve(record, refs) {
    const errors = [];
    const procedureId = refs.procedures.get(record.procedureCode);
    if (procedureId === undefined) errors.push(missing("procedureCode", "records.error.unknownProcedureCode", record.procedureCode));
    const agencyId = refs.agencies.get(record.agencyCode);
    if (agencyId === undefined) errors.push(missing("agencyCode", "records.error.unknownAgencyCode", record.agencyCode));
    let officialId: number | null = null;
    if (record.handlingOfficialCode !== undefined) {
      const official = refs.officials.get(record.handlingOfficialCode);
      if (official === undefined) errors.push(missing("handlingOfficialCode", "records.error.unknownOfficialCode", record.handlingOfficialCode));
      else officialId = official.id;
    }
    if (errors.length > 0) return { errors };
    return {
      row: [
        record.code, procedureId, agencyId, record.channel, record.receivedAt, record.dueAt, record.resolvedAt ?? null, officialId,
        record.syncedToNationalPortal, record.digitized, record.hasElectronicResult, record.apologyIssuedAt ?? null, record.rescheduleCount,
      ],
    };
  },
};

const task: KindSpec<TaskRecord> = {
  kind: "TASK",
  table: "task",
  schema: taskRecordSchema,
  recordsWriter: true,
  columns: [
    { key: "code", header: "Mã nhiệm vụ", required: true, example: "NV-2026-0001" },
    { key: "title", header: "Nội dung nhiệm vụ", required: true, example: "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực tư pháp" },
    { key: "agencyCode", header: "Mã cơ quan", required: true, example: "T-STP" },
    { key: "documentNumber", header: "Số văn bản giao", required: false, example: "123/UBND-KSTT" },
    { key: "documentDate", header: "Ngày văn bản", required: false, example: "28/08/2026" },
    { key: "assignedAt", header: "Ngày giao", required: true, example: "01/09/2026" },
    { key: "dueAt", header: "Hạn hoàn thành", required: true, example: "31/12/2026" },
    { key: "completedAt", header: "Ngày hoàn thành", required: false, example: "" },
  ],
  tableColumns: ["code", "title", "agency_id", "document_number", "document_date", "assigned_at", "due_at", "completed_at"],
  resolve(record, refs) {
    const agencyId = refs.agencies.get(record.agencyCode);
    if (agencyId === undefined) return { errors: [missing("agencyCode", "records.error.unknownAgencyCode", record.agencyCode)] };
    // a document's date is a calendar day in Việt Nam
    const documentDate = record.documentDate ? new Date(record.documentDate.getTime() + 7 * 3600_000).toISOString().slice(0, 10) : null;
    return {
      row: [record.code, record.title, agencyId, record.documentNumber ?? null, documentDate, record.assignedAt, record.dueAt, record.completedAt ?? null],
    };
  },
};

const procedure: KindSpec<ProcedureRecord> = {
  kind: "PROCEDURE",
  table: "procedure",
  schema: procedureRecordSchema,
  recordsWriter: false,
  columns: [
    { key: "code", header: "Mã thủ tục", required: true, example: "T-LLTP-001" },
    { key: "name", header: "Tên thủ tục", required: true, example: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam" },
    { key: "fieldCode", header: "Mã lĩnh vực", required: true, example: "LLTP" },
    { key: "level", header: "Cấp thực hiện", required: true, example: "Tỉnh" },
    { key: "onlineLevel", header: "Mức dịch vụ công trực tuyến", required: false, example: "Toàn trình" },
    { key: "status", header: "Trạng thái", required: false, example: "Đang áp dụng" },
    { key: "statutoryDays", header: "Thời hạn giải quyết (ngày)", required: true, example: "10" },
    { key: "agencyCode", header: "Mã cơ quan chủ trì", required: false, example: "T-STP" },
  ],
  tableColumns: ["code", "name", "field_id", "level", "online_level", "status", "statutory_days", "agency_id"],
  resolve(record, refs) {
    const errors = [];
    const fieldId = refs.fields.get(record.fieldCode);
    if (fieldId === undefined) errors.push(missing("fieldCode", "records.error.unknownFieldCode", record.fieldCode));
    let agencyId: number | null = null;
    if (record.agencyCode !== undefined) {
      const found = refs.agencies.get(record.agencyCode);
      if (found === undefined) errors.push(missing("agencyCode", "records.error.unknownAgencyCode", record.agencyCode));
      else agencyId = found;
    }
    if (errors.length > 0) return { errors };
    return { row: [record.code, record.name, fieldId, record.level, record.onlineLevel, record.status, record.statutoryDays, agencyId] };
  },
};

export const KINDS: Record<ImportKind, KindSpec> = {
  DOSSIER: dossier as KindSpec,
  TASK: task as KindSpec,
  PROCEDURE: procedure as KindSpec,
};

/** The Vietnamese header of a record field, for error reports. */
export function headerOf(spec: KindSpec, field: string): string {
  return spec.columns.find((column) => column.key === field)?.header ?? field;
}
