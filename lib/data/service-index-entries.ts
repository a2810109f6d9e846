// The Decision 766 indicators Home Affairs enters per unit and period, and the province's score
// and rank as the national portal published them (issue 21). Writes run inside the action wrapper's
// transaction ("indexScore.manage": Home Affairs only), checked there and again here; the range of a
// value is checked against the configuration in force (lib/service-index/entered.ts).
import "server-only";
import { cache } from "react";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { requirePermission } from "@/lib/data/scope";
import { getServiceIndexConfig } from "@/lib/data/province/service-index-config";
import { getDataAsOf } from "@/lib/data/province/settings";
import { AppError } from "@/lib/errors";
import { validateEntry, type EnteredValue } from "@/lib/service-index/entered";
import { parseIndexPeriod } from "@/lib/service-index/periods";
import type { PublishedIndexInput, ServiceIndexEntryInput } from "@/lib/validations/service-index-entry";

type Db = Prisma.TransactionClient;

export type UnitEntries = Map<number, EnteredValue[]>;

/**
 * Every value entered for the periods `keys`, by unit.
 * Scope: the entered values are province figures (aggregates with a source), readable by every
 * role that reads the board ("scorecard.read", checked by the board); the caller lists only the
 * units the viewer may read. The name of who entered a value is a Home Affairs official's, shown
 * only on the signed-in unit page (never on the public page).
 */
export async function unsafeEnteredValues(keys: readonly string[]): Promise<UnitEntries> {
  const rows = await getDb().serviceIndexEntry.findMany({
    where: { periodKey: { in: [...keys] } },
    select: { agencyId: true, code: true, periodKey: true, numerator: true, denominator: true, source: true, enteredAt: true, enteredBy: { select: { fullName: true } } },
    orderBy: [{ agencyId: "asc" }, { code: "asc" }],
  });
  const byUnit: UnitEntries = new Map();
  for (const row of rows) {
    const list = byUnit.get(row.agencyId) ?? [];
    list.push({ code: row.code, periodKey: row.periodKey, numerator: row.numerator, denominator: row.denominator, source: row.source, enteredBy: row.enteredBy.fullName, enteredAt: row.enteredAt });
    byUnit.set(row.agencyId, list);
  }
  return byUnit;
}

export type SavedEntry = { agencyId: number; periodKey: string; code: string };

/** Records one entered value, replacing what was entered for that unit, period and indicator. */
export async function saveServiceIndexEntry(tx: Db, viewer: Viewer, input: ServiceIndexEntryInput): Promise<SavedEntry> {
  requirePermission(viewer, "indexScore.manage");
  const period = parseIndexPeriod(input.period);
  if (!period) throw new AppError("INVALID_INPUT");
  const [config, asOf, agency] = await Promise.all([getServiceIndexConfig(), getDataAsOf(), tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } })]);
  if (!agency) throw new AppError("ORG_UNIT_NOT_FOUND", {}, { field: "agencyId" });
  if (period.period.from > asOf) throw new AppError("SERVICE_INDEX_PERIOD_NOT_BEGUN", {}, { field: "period" });
  if (validateEntry(config.indicators.find((i) => i.code === input.code), input).length > 0) throw new AppError("INVALID_INPUT");
  const values = { numerator: input.numerator, denominator: input.denominator, source: input.source, enteredById: viewer.userId, enteredAt: new Date() };
  await tx.serviceIndexEntry.upsert({
    where: { agencyId_periodKey_code: { agencyId: agency.id, periodKey: period.key, code: input.code } },
    create: { agencyId: agency.id, periodKey: period.key, code: input.code, ...values },
    update: values,
  });
  return { agencyId: agency.id, periodKey: period.key, code: input.code };
}

export type PublishedIndex = { periodKey: string; score: number; rank: number; rankOf: number; source: string; demo: boolean };

/**
 * The province's published results, newest period first.
 * Scope: none needed — the national portal publishes them; every role that reads the board sees them.
 */
export const unsafePublishedIndex = cache(async (): Promise<PublishedIndex[]> => {
  const rows = await getDb().serviceIndexPublished.findMany({ orderBy: { periodKey: "desc" } });
  return rows.map((r) => ({ periodKey: r.periodKey, score: Number(r.score.toString()), rank: r.rank, rankOf: r.rankOf, source: r.source, demo: r.demo }));
});

/** Records the province's published result for a period (an entered one is no longer demo data). */
export async function savePublishedIndex(tx: Db, viewer: Viewer, input: PublishedIndexInput): Promise<{ periodKey: string }> {
  requirePermission(viewer, "indexScore.manage");
  const period = parseIndexPeriod(input.period);
  if (!period) throw new AppError("INVALID_INPUT");
  if (period.period.from > (await getDataAsOf())) throw new AppError("SERVICE_INDEX_PERIOD_NOT_BEGUN", {}, { field: "period" });
  if (input.rank > input.rankOf) throw new AppError("INVALID_INPUT");
  const values = { score: input.score, rank: input.rank, rankOf: input.rankOf, source: input.source, demo: false, enteredById: viewer.userId, enteredAt: new Date() };
  await tx.serviceIndexPublished.upsert({ where: { periodKey: period.key }, create: { periodKey: period.key, ...values }, update: values });
  return { periodKey: period.key };
}
