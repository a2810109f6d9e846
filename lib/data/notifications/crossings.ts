// The ledger of rule crossings (issue 22): a unit that crosses one of the province's rules in a
// period is notified once. The daily run claims the units that break a rule today; only the ones
// it newly inserted are notified — in the same transaction as their notifications, so a retried
// job or a second process claims nothing twice, and tomorrow's run of a unit still over the line
// says nothing again.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type CrossingRule = "RULE_AGENCY_LATE" | "RULE_OFFICIAL_LATE" | "RULE_NO_APOLOGY" | "RULE_REPLACEMENT_REVIEW";

/**
 * The units of `units` that had not crossed `rule` in `period` before this call.
 * Scope: the units were read by the caller with a province-wide viewer; the ledger names no figures.
 */
export async function unsafeClaimCrossings(tx: Prisma.TransactionClient, rule: CrossingRule, period: string, units: { unit: string; value: number | null }[]): Promise<Set<string>> {
  if (units.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ unit: string }[]>`
    INSERT INTO notification_crossing (rule, unit, period, value)
    SELECT ${rule}, u.unit, ${period}, u.value
    FROM unnest(${units.map((u) => u.unit)}::text[], ${units.map((u) => u.value)}::float8[]) AS u(unit, value)
    ON CONFLICT (rule, unit, period) DO NOTHING
    RETURNING unit`;
  return new Set(rows.map((row) => row.unit));
}
