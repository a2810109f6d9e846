// Recording the 2025 reorganisation on a database that holds old Ninh Thuận alone (issue 15, item
// 6): the demo's acts (lib/demo/org/acts.ts) applied through the same path as the editor —
// applyReorganisation, each act with its audit row, all of them in one transaction — keeping only
// the lines whose units the database has, and creating the successors it lacks from the demo's
// organisation. No reseed: dossiers, tasks, reports and users stay; history stays with its units.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { appendAudit } from "@/lib/audit";
import { applyReorganisation, type AppliedReorganisation } from "@/lib/data/reorganisation-apply";
import { AGENCIES, PROVINCE } from "@/lib/demo/organisation";
import { DEMO_ACTS, type ActSeed } from "@/lib/demo/org/acts";
import { RANKING_GROUPS } from "@/lib/demo/assessment-data";
import { addDays } from "@/lib/metrics/periods";
import type { NewUnitDraft, ReorganisationDraft, UnitRef, UserDecision } from "@/lib/org/plan";

type Db = Prisma.TransactionClient;

export type RecordOptions = {
  /** the Home Affairs or administrator account the acts are recorded as (audited) */
  actor: string;
  /** what happens to the accounts of units that end */
  users: "move" | "deactivate";
  log?: (line: string) => void;
};

export type RecordReport = { actNumber: string; applied: AppliedReorganisation | null; skipped: string | null };

const isoDay = (value: Date) => value.toISOString().slice(0, 10);

/** The act as a draft for this database: its lines whose predecessor is here, in force the day before and not yet ended by it. */
async function draftFor(tx: Db, act: ActSeed): Promise<{ draft: ReorganisationDraft; closing: number[] } | null> {
  const agencies = await tx.agency.findMany({ select: { id: true, code: true, validFrom: true, validTo: true } });
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const dayBefore = addDays(act.effectiveOn, -1);
  const inForce = (code: string) => {
    const a = byCode.get(code);
    return a !== undefined && isoDay(a.validFrom) <= dayBefore && (a.validTo === null || isoDay(a.validTo) >= act.effectiveOn);
  };
  const lines = act.lines.filter((line) => inForce(line.predecessor));
  if (lines.length === 0) return null;
  const newUnits: NewUnitDraft[] = [];
  const refOf = (code: string): UnitRef => {
    const existing = byCode.get(code);
    if (existing) return { existing: existing.id };
    if (!newUnits.some((u) => u.key === code)) {
      const seed = AGENCIES.find((a) => a.code === code);
      if (!seed) throw new Error(`no unit ${code} in the demo's organisation`);
      newUnits.push({ key: code, code, name: seed.name, shortName: seed.shortName ?? null, kind: seed.kind, level: seed.level, parent: seed.parentCode ? refOf(seed.parentCode) : null });
    }
    return { created: code };
  };
  // a unit split between this database's successors and another province's keeps its shares here
  const draft: ReorganisationDraft = {
    act: { actNumber: act.actNumber, actDate: act.actDate, issuer: act.issuer, title: act.title, effectiveOn: act.effectiveOn, note: act.note, synthetic: act.synthetic },
    newUnits,
    lines: lines.map((line) => ({ kind: line.kind, predecessorId: byCode.get(line.predecessor)!.id, successor: line.successor === null ? null : refOf(line.successor), share: line.share, toParent: null, note: line.note })),
  };
  return { draft, closing: [...new Set(draft.lines.map((l) => l.predecessorId))] };
}

/** Each active account of a closing unit: moved to the unit's main successor, or deactivated. */
async function decisionsFor(tx: Db, draft: ReorganisationDraft, closing: number[], users: RecordOptions["users"]): Promise<UserDecision[]> {
  const accounts = await tx.user.findMany({ where: { agencyId: { in: closing }, active: true }, select: { id: true, agencyId: true } });
  return accounts.map((account): UserDecision => {
    const main = draft.lines.filter((l) => l.predecessorId === account.agencyId && l.successor).sort((a, b) => b.share - a.share)[0];
    return users === "move" && main?.successor ? { userId: account.id, action: "move", to: main.successor } : { userId: account.id, action: "deactivate" };
  });
}

/** After the provinces merged: the old province's scores stay its own, and the setting names today's province. */
async function recordProvinceMerger(tx: Db, log: (line: string) => void): Promise<void> {
  const setting = await tx.setting.findUnique({ where: { key: "province" } });
  const oldName = typeof setting?.value === "object" && setting.value !== null && "name" in setting.value ? String(setting.value.name) : PROVINCE.formerProvinces[0];
  const scores = await tx.indexScore.updateMany({ where: { formerProvince: "" }, data: { formerProvince: oldName } });
  const components = await tx.indexComponentScore.updateMany({ where: { formerProvince: "" }, data: { formerProvince: oldName } });
  await tx.setting.upsert({ where: { key: "province" }, create: { key: "province", value: { name: PROVINCE.name, code: PROVINCE.code } }, update: { value: { name: PROVINCE.name, code: PROVINCE.code } } });
  log(`Tỉnh: ${oldName} → ${PROVINCE.name}; ${scores.count} điểm chỉ số và ${components.count} điểm thành phần giữ lại cho tỉnh ${oldName}`);
}

/** Today's ranking groups for the units created (sở/ngành; xã/phường/đặc khu), for the years since the merger. */
async function recordGroups(tx: Db): Promise<void> {
  const units = await tx.agency.findMany({ where: { validTo: null }, select: { id: true, code: true } });
  const idOf = new Map(units.map((u) => [u.code, u.id]));
  for (const group of RANKING_GROUPS.filter((g) => g.year >= 2025)) {
    const members = group.members.flatMap((code) => (idOf.has(code) ? [idOf.get(code)!] : []));
    if (members.length === 0) continue;
    const row = await tx.rankingGroup.upsert({
      where: { year_code: { year: group.year, code: group.code } },
      create: { year: group.year, code: group.code, name: group.name, nameEn: group.nameEn, assessmentGroup: group.assessmentGroup, sortOrder: group.sortOrder },
      update: {},
      select: { id: true },
    });
    await tx.rankingGroupMember.createMany({ data: members.map((agencyId) => ({ groupId: row.id, year: group.year, agencyId })), skipDuplicates: true });
  }
}

/**
 * Records every act that concerns this database, in order, in one transaction.
 * Scope: the operator's script (scripts/record-reorganisations.ts) names the actor, checked here to be
 * an active administrator or Home Affairs account; applyReorganisation checks "agency.manage" again.
 */
export async function unsafeRecordDemoActs(options: RecordOptions): Promise<RecordReport[]> {
  const log = options.log ?? (() => undefined);
  const db = getDb();
  const actor = await db.user.findUnique({ where: { username: options.actor }, select: { id: true, role: true, agencyId: true, active: true } });
  if (!actor?.active || (actor.role !== "ADMIN" && actor.role !== "HOME_AFFAIRS")) {
    throw new Error(`Tài khoản ${options.actor} không phải quản trị viên hay Sở Nội vụ đang hoạt động.`);
  }
  const viewer: Viewer = { userId: actor.id, role: actor.role, agencyId: actor.agencyId };
  return db.$transaction(
    async (tx) => {
      const reports: RecordReport[] = [];
      for (const act of DEMO_ACTS) {
        if ((await tx.reorganisation.count({ where: { actNumber: act.actNumber } })) > 0) {
          reports.push({ actNumber: act.actNumber, applied: null, skipped: "đã ghi nhận" });
          continue;
        }
        const found = await draftFor(tx, act);
        if (!found) {
          reports.push({ actNumber: act.actNumber, applied: null, skipped: "không có đơn vị nào của cơ sở dữ liệu này" });
          continue;
        }
        const decisions = await decisionsFor(tx, found.draft, found.closing, options.users);
        const applied = await applyReorganisation(tx, viewer, found.draft, decisions);
        await appendAudit(tx, { actorId: viewer.userId, event: "REORGANISATION_APPLIED", entityId: String(applied.id), details: { ...applied, via: "org:record-2025" } });
        log(`${act.actNumber}: ${applied.closed.length} đơn vị kết thúc, ${applied.created.length} đơn vị mới, ${applied.users.length} tài khoản`);
        reports.push({ actNumber: act.actNumber, applied, skipped: null });
        if (act.actNumber === "202/2025/QH15") await recordProvinceMerger(tx, log);
      }
      await recordGroups(tx);
      return reports;
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
