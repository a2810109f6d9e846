// Figures the system already knows about an agency's quarter, prefilled read-only in its report:
// its tasks (DESIGN §5.1) and its dossiers (§5.2). Kept in this one function so that the dossier
// part can move to the dossier rollups without touching the report.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { KNOWN_FIGURES_SQL, knownFiguresOf, type KnownFigures, type KnownFiguresRow } from "@/lib/db/known-figures-sql";
import { endOfLocalDay, quarterPeriod, startOfLocalDay, PROVINCE_TIME_ZONE } from "@/lib/metrics/periods";

export type { KnownFigures };

/**
 * Tasks assigned / done on time / done late, dossiers received / resolved on time (early included)
 * / late, in the quarter. Scope: none — getReportView and saveReport have checked that the viewer
 * may read or edit this agency's report.
 */
export async function unsafeGetKnownFigures(agencyId: number, year: number, quarter: number, db: Prisma.TransactionClient = getDb()): Promise<KnownFigures> {
  const period = quarterPeriod(year, quarter);
  const rows = await db.$queryRawUnsafe<KnownFiguresRow[]>(
    KNOWN_FIGURES_SQL, agencyId, startOfLocalDay(period.from), endOfLocalDay(period.to), PROVINCE_TIME_ZONE,
  );
  return knownFiguresOf(rows[0]);
}
