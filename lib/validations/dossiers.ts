// Dossiers: the record the one-stop system sends, by file or through /api/v1/dossiers (agencies,
// procedures and officials named by their codes; the import resolves them), and the inspection-flag
// forms. The dossier pages' URL parameters: ./dossier-params.ts.
import { z } from "zod";
import { Channel, InspectionTarget } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/validations/messages";
import { recordId as positiveId } from "@/lib/validations/input";
import { CHANNELS } from "@/lib/validations/dossier-params";
import { choice, code, count, flag, instant, notBefore, optionalCode, optionalInstant } from "@/lib/validations/record-values";

export { CHANNELS };

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
    channel: choice(CHANNELS, CHANNEL_LABELS, msg("records.error.channel")),
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
    notBefore(record.dueAt, record.receivedAt, "dueAt", msg("records.error.dueBeforeReceived"), ctx);
    notBefore(record.resolvedAt, record.receivedAt, "resolvedAt", msg("records.error.resolvedBeforeReceived"), ctx);
    notBefore(record.apologyIssuedAt, record.receivedAt, "apologyIssuedAt", msg("records.error.apologyBeforeReceived"), ctx);
  });

export type DossierRecord = z.output<typeof dossierRecordSchema>;


export const NOTE_MAX_LENGTH = 2000;

const note = z
  .string({ error: msg("flags.error.note") })
  .trim()
  .min(1, { error: msg("flags.error.note") })
  .max(NOTE_MAX_LENGTH, { error: msg("flags.error.noteTooLong") });

export const createFlagSchema = z.object({
  target: z.enum(InspectionTarget, { error: msg("flags.error.target") }),
  targetId: positiveId(msg("flags.error.target")),
  note,
});

export const resolveFlagSchema = z.object({
  flagId: positiveId(msg("flags.error.flag")),
  resolutionNote: z.string().trim().max(NOTE_MAX_LENGTH, { error: msg("flags.error.noteTooLong") }).optional().default(""),
});

export type CreateFlagInput = z.infer<typeof createFlagSchema>;
export type ResolveFlagInput = z.infer<typeof resolveFlagSchema>;
