// A dossier record as the one-stop system sends it, by file or through /api/v1/dossiers.
// Agencies, procedures and officials are named by their codes; the import resolves them.
import { z } from "zod";
import { Channel } from "@/lib/generated/prisma/enums";
import { vi } from "@/lib/i18n/messages/vi";
import { choice, code, count, flag, instant, notBefore, optionalCode, optionalInstant } from "@/lib/validations/record-values";

export const CHANNELS = [Channel.ONLINE, Channel.IN_PERSON, Channel.POSTAL] as const;

const CHANNEL_LABELS: Record<Channel, readonly string[]> = {
  ONLINE: ["Trực tuyến", "truc tuyen"],
  IN_PERSON: ["Trực tiếp", "truc tiep"],
  POSTAL: ["Bưu chính", "Bưu chính công ích", "buu chinh"],
};

export const dossierRecordSchema = z
  .object({
    code: code(40).meta({ description: "Mã hồ sơ (khóa tự nhiên)" }),
    procedureCode: code(40).meta({ description: "Mã thủ tục hành chính" }),
    agencyCode: code(32).meta({ description: "Mã cơ quan tiếp nhận, giải quyết" }),
    channel: choice(CHANNELS, CHANNEL_LABELS, vi["records.error.channel"]),
    receivedAt: instant(),
    dueAt: instant({ endOfDay: true }),
    resolvedAt: optionalInstant(),
    handlingOfficialCode: optionalCode(32),
    syncedToNationalPortal: flag(),
    digitized: flag(),
    hasElectronicResult: flag(),
    apologyIssuedAt: optionalInstant(),
    rescheduleCount: count(0),
  })
  .superRefine((record, ctx) => {
    notBefore(record.dueAt, record.receivedAt, "dueAt", vi["records.error.dueBeforeReceived"], ctx);
    notBefore(record.resolvedAt, record.receivedAt, "resolvedAt", vi["records.error.resolvedBeforeReceived"], ctx);
    notBefore(record.apologyIssuedAt, record.receivedAt, "apologyIssuedAt", vi["records.error.apologyBeforeReceived"], ctx);
  });

export type DossierRecord = z.output<typeof dossierRecordSchema>;
