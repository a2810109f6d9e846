// The weekly digests (issue 22). The `digest-weekly` tick queues one `digest` job per leader and per
// agency user; each job reads its figures AS THAT PERSON (a Viewer built from the account, with
// its agency and predecessors), through the same scoped reads as the pages, so an agency's digest
// can only hold its own figures. The week's dedupe key makes a second run write and send nothing.
import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { getWriteDb } from "@/lib/db";
import { getAgencyDossierCounts, getProvinceDossierCounts } from "@/lib/data/dossier-stats";
import { getTaskSummary } from "@/lib/data/tasks";
import { getDataAsOf, getProvinceSetting } from "@/lib/data/province/settings";
import { wordsOf, type Words } from "@/lib/notifications/words";
import { dossierFigures } from "@/lib/metrics/dossiers";
import { addDays, localDateOf, rangePeriod, type LocalDate, type Period } from "@/lib/metrics/periods";
import { agencyDigestLines, crossedLateRule, isoWeekKey, leaderDigestLines } from "@/lib/notifications/digest-content";
import { unsafeWriteNotifications, type MailSettings } from "./deliver";
import { unsafeViewerOf } from "./audience";

/**
 * Queues this week's digest of every active leader and agency user (one job each, keyed by person and week).
 * Scope: it reads only who gets one; each job reads its figures as its recipient (unsafeSendDigest).
 */
export async function unsafeRunWeeklyDigests(now: Date): Promise<number> {
  const week = isoWeekKey(now);
  return getWriteDb().$transaction(async (tx) => {
    // Scope: each job reads as its own recipient (unsafeSendDigest)
    const users = await tx.user.findMany({
      where: { active: true, OR: [{ role: "LEADER" }, { role: "AGENCY", agencyId: { not: null } }] },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    for (const user of users) {
      const payload = JSON.stringify({ userId: user.id, week });
      await tx.$executeRaw`SELECT graphile_worker.add_job('digest', ${payload}::json, job_key => ${`digest:${user.id}:${week}`}, max_attempts => 5)`;
    }
    return users.length;
  });
}

const yearToDate = (day: LocalDate): Period | null => {
  const from = `${day.slice(0, 4)}-01-01`;
  return day < from ? null : rangePeriod(from, day);
};

async function lateRates(viewer: Viewer, period: Period | null): Promise<Map<number, number | null>> {
  if (!period) return new Map();
  const counts = await getAgencyDossierCounts(viewer, period);
  return new Map([...counts].map(([agencyId, c]) => [agencyId, dossierFigures(c).lateRate]));
}

async function leaderContent(viewer: Viewer, week: string, day: LocalDate, words: Words) {
  const [province, current, before] = await Promise.all([getProvinceSetting(), yearToDate(day), yearToDate(addDays(day, -7))]);
  const [total, totalBefore, rates, ratesBefore] = await Promise.all([
    current ? getProvinceDossierCounts(viewer, current) : null,
    before ? getProvinceDossierCounts(viewer, before) : null,
    lateRates(viewer, current),
    lateRates(viewer, before),
  ]);
  const crossedIds = crossedLateRule("agency", ratesBefore, rates);
  const names = await getWriteDb().agency.findMany({ where: { id: { in: crossedIds } }, select: { name: true }, orderBy: { name: "asc" } });
  return leaderDigestLines({
    week,
    province: province.name,
    day,
    lateRate: total ? dossierFigures(total).lateRate : null,
    lateRateWeekBefore: totalBefore ? dossierFigures(totalBefore).lateRate : null,
    crossed: names.map((agency) => agency.name),
  }, words);
}

async function agencyContent(viewer: Viewer & { agencyId: number }, week: string, day: LocalDate, now: Date, words: Words) {
  const period = yearToDate(day) ?? rangePeriod(day, day);
  const db = getWriteDb();
  const [agency, counts, tasks, periods] = await Promise.all([
    db.agency.findUniqueOrThrow({ where: { id: viewer.agencyId }, select: { name: true } }),
    getAgencyDossierCounts(viewer, period, { agencyIds: [viewer.agencyId] }),
    getTaskSummary(viewer, period, { agencyId: viewer.agencyId }),
    // the periods still open for reporting, with this agency's report in each
    db.reportingPeriod.findMany({
      where: { opensAt: { lte: now }, locksAt: { gte: now } },
      select: { year: true, quarter: true, deadline: true, reports: { where: { agencyId: viewer.agencyId }, select: { status: true } } },
      orderBy: [{ year: "asc" }, { quarter: "asc" }],
    }),
  ]);
  const own = counts.get(viewer.agencyId);
  const figures = own ? dossierFigures(own) : null;
  return agencyDigestLines({
    week,
    agency: agency.name,
    day,
    lateRate: figures?.lateRate ?? null,
    late: own ? own.resolvedLate + own.overdueAtEnd : 0,
    toProcess: figures?.toProcess ?? 0,
    overdueTasks: tasks?.overdueNow.total ?? 0,
    reports: periods.map((p) => ({
      year: p.year,
      quarter: p.quarter,
      deadline: localDateOf(p.deadline),
      status: p.reports[0]?.status ?? "NOT_STARTED",
    })),
  }, words);
}

/**
 * One person's digest of `week`: written to the notification centre and queued for e-mail once.
 * Scope: every figure is read through the scoped data layer with a Viewer built from this account.
 */
export async function unsafeSendDigest(userId: number, week: string, now: Date, mail: MailSettings): Promise<number[]> {
  const db = getWriteDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, locale: true, role: true, agencyId: true, active: true } });
  if (!user?.active) return [];
  const viewer = await unsafeViewerOf(user);
  const day = await getDataAsOf();
  // in the person's own language (users.locale)
  const words = wordsOf(user.locale);
  let content: { title: string; lines: string[] };
  if (user.role === "LEADER") content = await leaderContent(viewer, week, day, words);
  else if (user.role === "AGENCY" && user.agencyId !== null) content = await agencyContent({ ...viewer, agencyId: user.agencyId }, week, day, now, words);
  else return [];
  const kind = user.role === "LEADER" ? "DIGEST_LEADER" : "DIGEST_AGENCY";
  const text = { title: content.title, body: content.lines.join("\n") };
  const message = { kind, text: () => text, link: user.role === "LEADER" ? "/scorecard" : "/reports", recipients: [user] } as const;
  return db.$transaction((tx) => unsafeWriteNotifications(tx, { ...message, recipients: [...message.recipients] }, `digest:${week}`, mail));
}
