// Province-wide counts for the home page (DESIGN §2: province totals are open to every role that
// holds "scorecard.read").
import "server-only";
import { can, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";

export type OverviewCounts = {
  agencies: number;
  procedures: number;
  tasks: number;
  dossiers: number;
};

/** The agencies and units in force today, and exact row counts of the other three main tables; null for a viewer who may not read province figures. */
export async function getOverviewCounts(viewer: Viewer): Promise<OverviewCounts | null> {
  if (!can(viewer, "scorecard.read")) return null;
  const db = getDb();
  const [agencies, procedures, tasks, dossiers] = await Promise.all([
    db.agency.count({ where: { validTo: null } }),
    db.procedure.count(),
    db.task.count(),
    // Exact, from the rollups (a few thousand rows) rather than count(*) over millions of
    // dossiers; an estimate (pg_class.reltuples) would not do: the page promises exact figures.
    db.$queryRaw<{ n: number }[]>`SELECT coalesce(sum(received), 0)::int AS n FROM dossier_stat_agency_month`,
  ]);
  return { agencies, procedures, tasks, dossiers: dossiers[0]?.n ?? 0 };
}
