// Dossiers: the record the one-stop system sends, by file or through /api/v1/dossiers (agencies,
// procedures and officials named by their codes; the import resolves them), and the drill-down's
// search parameters and inspection-flag forms (a bad parameter falls back to its default rather
// than failing the page: URLs are typed and shared by hand).
import { z } from "zod";
import { AdminLevel, Channel, InspectionTarget } from "@/lib/generated/prisma/enums";
import { vi } from "@/lib/i18n/messages/vi";
import { decodeCursor, SORT_KEYS, type Cursor, type Sort } from "@/lib/metrics/drill-down";
import { isMonthAligned, latestCompleteQuarter, parsePeriodKey, periodKey, type LocalDate, type Period } from "@/lib/metrics/periods";
import { choice, code, count, flag, instant, notBefore, optionalCode, optionalInstant } from "@/lib/validations/record-values";
import { DEFAULT_UNITS_VIEW, parseUnitsView, type UnitsView } from "@/lib/org/views";

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

// ───────────── the drill-down ─────────────

export type SearchParams = Record<string, string | string[] | undefined>;

const one = (params: SearchParams, name: string): string | undefined => {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
};

export type DrillQuery = {
  period: Period;
  channel?: Channel;
  level?: AdminLevel;
  sort: Sort;
  /** today's units (the default) or the units of the period's time */
  view: UnitsView;
};

const LEVELS = Object.values(AdminLevel);

/** Whole-month periods only (a month, a quarter, a year); anything else: the latest complete quarter. */
export function parsePeriodParam(value: string | undefined, asOf: LocalDate): Period {
  const period = value ? parsePeriodKey(value) : null;
  return period && period.kind !== "range" && isMonthAligned(period) ? period : latestCompleteQuarter(asOf);
}

export function parseDrillQuery(params: SearchParams, asOf: LocalDate, defaultSort: Sort): DrillQuery {
  const channel = one(params, "channel");
  const level = one(params, "level");
  const sortKey = one(params, "sort");
  const dir = one(params, "dir");
  return {
    period: parsePeriodParam(one(params, "period"), asOf),
    channel: CHANNELS.find((c) => c === channel),
    level: LEVELS.find((l) => l === level),
    sort: {
      key: SORT_KEYS.find((key) => key === sortKey) ?? defaultSort.key,
      dir: dir === "asc" || dir === "desc" ? dir : defaultSort.dir,
    },
    view: parseUnitsView(one(params, "units")),
  };
}

/** A positive database id from a path segment or parameter, or null. */
export function parseId(value: string | undefined): number | null {
  if (!value || !/^\d{1,9}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}

export function parseCursorParam(params: SearchParams): Cursor | null {
  const text = one(params, "cursor");
  return text ? decodeCursor(text) : null;
}

export function parsePageParam(params: SearchParams): number {
  const text = one(params, "page");
  const page = text && /^\d{1,6}$/.test(text) ? Number(text) : 1;
  return Math.max(1, page);
}

export { one as searchParam };

const positiveId = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message });

export const NOTE_MAX_LENGTH = 2000;

const note = z
  .string({ error: vi["flags.error.note"] })
  .trim()
  .min(1, { error: vi["flags.error.note"] })
  .max(NOTE_MAX_LENGTH, { error: vi["flags.error.noteTooLong"] });

export const createFlagSchema = z.object({
  target: z.enum(InspectionTarget, { error: vi["flags.error.target"] }),
  targetId: positiveId(vi["flags.error.target"]),
  note,
});

export const resolveFlagSchema = z.object({
  flagId: positiveId(vi["flags.error.flag"]),
  resolutionNote: z.string().trim().max(NOTE_MAX_LENGTH, { error: vi["flags.error.noteTooLong"] }).optional().default(""),
});

export type CreateFlagInput = z.infer<typeof createFlagSchema>;
export type ResolveFlagInput = z.infer<typeof resolveFlagSchema>;

/** The search part of a drill-down URL: the inverse of parseDrillQuery, plus `extra` parameters. */
export function drillSearch(query: DrillQuery, extra: Record<string, string | number | undefined> = {}, sort: Sort | null = query.sort): string {
  const params = new URLSearchParams();
  params.set("period", periodKey(query.period));
  if (query.channel) params.set("channel", query.channel);
  if (query.level) params.set("level", query.level);
  if (query.view !== DEFAULT_UNITS_VIEW) params.set("units", query.view);
  if (sort) {
    params.set("sort", sort.key);
    params.set("dir", sort.dir);
  }
  for (const [name, value] of Object.entries(extra)) if (value !== undefined && value !== "") params.set(name, String(value));
  return `?${params.toString()}`;
}
