// A procedure record of the province's published catalogue (file import only).
import { z } from "zod";
import { AdminLevel, OnlineLevel, ProcedureStatus } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/validations/messages";
import { choice, code, count, optionalCode, text } from "@/lib/validations/record-values";

const LEVELS = [AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE] as const;
const ONLINE_LEVELS = [OnlineLevel.NONE, OnlineLevel.PARTIAL, OnlineLevel.FULL] as const;
const STATUSES = [ProcedureStatus.ACTIVE, ProcedureStatus.SUSPENDED, ProcedureStatus.ABOLISHED] as const;

export const procedureRecordSchema = z.object({
  code: code(40).meta({ description: "Mã thủ tục (khóa tự nhiên)" }),
  name: text(500),
  fieldCode: code(32).meta({ description: "Mã lĩnh vực" }),
  level: choice(LEVELS, { PROVINCE: ["Tỉnh", "Cấp tỉnh"], DISTRICT: ["Huyện", "Cấp huyện"], COMMUNE: ["Xã", "Cấp xã"] }, msg("records.error.level")),
  onlineLevel: z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? "NONE" : value),
    choice(ONLINE_LEVELS, { NONE: ["Không", "Chưa"], PARTIAL: ["Một phần"], FULL: ["Toàn trình"] }, msg("records.error.onlineLevel")),
  ),
  status: z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? "ACTIVE" : value),
    choice(STATUSES, { ACTIVE: ["Đang áp dụng"], SUSPENDED: ["Tạm dừng"], ABOLISHED: ["Bãi bỏ", "Đã bãi bỏ"] }, msg("records.error.status")),
  ),
  statutoryDays: count(),
  agencyCode: optionalCode(32),
});

export type ProcedureRecord = z.output<typeof procedureRecordSchema>;
