// Figures by today's units on the demo data (issue 15): for a sample of current units and periods
// before, after and across 01/07/2025, every figure the pages read (the league row, the drill-down's
// total and fields, the tasks) equals the sum over the unit's predecessors computed straight from the
// dossier and task tables — each predecessor's count divided by its share as lib/org divides it. And
// an agency user of a successor reads its predecessors' rows and nothing else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { countDossiers, EMPTY_DOSSIER_COUNTS, type DossierCounts, type DossierRecord } from "@/lib/metrics/dossiers";
import { quarterPeriod, yearPeriod, type Period } from "@/lib/metrics/periods";
import { countTasks, type TaskCounts, type TaskDates } from "@/lib/metrics/tasks";
import { divideCount } from "@/lib/org/rollup";
import { Succession } from "@/lib/org/succession";
import type { OrgLine, OrgUnit } from "@/lib/org/types";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { openTestDatabase, type TestDatabase } from "../support/database";

const AS_OF = DEMO_TEST_AS_OF;
const leader: Viewer = { userId: 1, role: "LEADER", agencyId: null };
const UNITS = ["P-PHAN-RANG", "X-PHUOC-DINH", "T-SNV", "T-SYT", "X-CAM-LAM", "DK-TRUONG-SA"];
const PERIODS: [string, Period][] = [["Q3/2024", quarterPeriod(2024, 3)], ["Q3/2025", quarterPeriod(2025, 3)], ["2025 (across 01/07)", yearPeriod(2025)]];
const KEYS = Object.keys(EMPTY_DOSSIER_COUNTS) as (keyof DossierCounts)[];
const TASK_KEYS = ["assigned", "doneOnTime", "doneLate", "inProgress", "overdue"] as const;

let demo: TestDatabase;
let dossiers: Map<number, DossierRecord[]>;
let tasks: Map<number, TaskDates[]>;
let succession: Succession;
let idOf: Map<string, number>;

const iso = (value: Date) => value.toISOString().slice(0, 10);

/** A unit's counts straight from the rows: each predecessor's own counts, divided by its share. */
function expectedCounts<K extends string>(unitId: number, counts: (agencyId: number) => Record<K, number>, keys: readonly K[]): Record<K, number> {
  const total = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const source of [unitId, ...succession.predecessorsOf(unitId, AS_OF)]) {
    const shares = succession.currentUnitsOf(source, AS_OF);
    const i = shares.findIndex((s) => s.agencyId === unitId);
    const own = counts(source);
    for (const k of keys) total[k] += divideCount(own[k], shares)[i]!;
  }
  return total;
}

beforeAll(async () => {
  demo = await openTestDatabase({ demoScale: 0.003 });
  const [agencies, lines, dossierRows, taskRows] = await Promise.all([
    demo.db.agency.findMany({ select: { id: true, code: true, validFrom: true, validTo: true, parentId: true } }),
    demo.db.reorganisationLine.findMany({ select: { kind: true, predecessorId: true, successorId: true, share: true, reorganisation: { select: { effectiveOn: true } } } }),
    demo.db.dossier.findMany({ select: { agencyId: true, receivedAt: true, dueAt: true, resolvedAt: true, channel: true, syncedToNationalPortal: true, digitized: true, hasElectronicResult: true } }),
    demo.db.task.findMany({ select: { agencyId: true, assignedAt: true, dueAt: true, completedAt: true } }),
  ]);
  const units: OrgUnit[] = agencies.map((a) => ({ id: a.id, validFrom: iso(a.validFrom), validTo: a.validTo ? iso(a.validTo) : null, parentId: a.parentId }));
  const orgLines: OrgLine[] = lines.map((l) => ({ kind: l.kind, predecessorId: l.predecessorId, successorId: l.successorId, share: Number(l.share.toString()), effectiveOn: iso(l.reorganisation.effectiveOn) }));
  succession = new Succession(units, orgLines);
  idOf = new Map(agencies.map((a) => [a.code, a.id]));
  dossiers = new Map();
  for (const row of dossierRows) dossiers.set(row.agencyId, [...(dossiers.get(row.agencyId) ?? []), row]);
  tasks = new Map();
  for (const row of taskRows) tasks.set(row.agencyId, [...(tasks.get(row.agencyId) ?? []), row]);
});

afterAll(async () => {
  await demo?.close();
});

describe.each(PERIODS)("by today's units, %s", (_label, period) => {
  it.each(UNITS)("%s: the league row, the drill-down's total and its fields, and the tasks equal its predecessors' rows", async (code) => {
    const unitId = idOf.get(code)!;
    const [scorecard, drill, taskData, lensModule] = await Promise.all([
      import("@/lib/data/scorecard"), import("@/lib/data/dossier-drill"), import("@/lib/data/tasks"), import("@/lib/data/province/unit-lens"),
    ]);
    const expected = expectedCounts(unitId, (id) => countDossiers(dossiers.get(id) ?? [], period), KEYS);
    const heading = await drill.findDrillAgency(leader, unitId, { period, view: "today" });
    expect(heading?.predecessors.length, code).toBeGreaterThan(0);
    const level = await drill.getAgencyLevel(leader, heading!, { period, sort: { key: "name", dir: "asc" }, view: "today" });
    for (const k of KEYS) expect(level.total.figures[k], `${code} ${k}`).toBe(expected[k]);
    expect(expected.received + expected.carriedOver, code).toBeGreaterThan(0);

    // the fields: each is its predecessors' rows of that field, divided by share
    const fieldOf = new Map((await demo.db.procedure.findMany({ select: { id: true, fieldId: true } })).map((p) => [p.id, p.fieldId]));
    const withField = await demo.db.dossier.findMany({
      where: { agencyId: { in: [unitId, ...succession.predecessorsOf(unitId, AS_OF)] } },
      select: { agencyId: true, procedureId: true, receivedAt: true, dueAt: true, resolvedAt: true, channel: true, syncedToNationalPortal: true, digitized: true, hasElectronicResult: true },
    });
    for (const row of level.rows) {
      const fieldId = Number(row.key);
      const byField = expectedCounts(unitId, (id) => countDossiers(withField.filter((d) => d.agencyId === id && fieldOf.get(d.procedureId) === fieldId), period), KEYS);
      expect({ received: row.figures.received, late: row.figures.resolvedLate, overdue: row.figures.overdueAtEnd }, `${code} field ${fieldId}`).toEqual({
        received: byField.received, late: byField.resolvedLate, overdue: byField.overdueAtEnd,
      });
    }

    const league = await scorecard.getAgencyLeague(leader, period, "today");
    const row = league.rows.find((r) => r.agencyId === unitId)!;
    expect(row.toProcess, code).toBe(expected.carriedOver + expected.received);
    expect(row.lateRate, code).toBe(level.total.figures.lateRate);

    const expectedTasks = expectedCounts<(typeof TASK_KEYS)[number]>(unitId, (id): TaskCounts => countTasks(tasks.get(id) ?? [], period, AS_OF), TASK_KEYS);
    const summary = await taskData.getTaskSummary(leader, period, { agencyId: unitId, lens: await lensModule.unitLens("today") });
    expect(summary!.counts, code).toEqual(expectedTasks);
    expect(row.tasksAssigned, code).toBe(expectedTasks.assigned);
  });
});

describe("by the units of the time", () => {
  it("a unit that ended keeps its own rows, and the province's total is the same either way", async () => {
    const drill = await import("@/lib/data/dossier-drill");
    const period = quarterPeriod(2024, 3);
    const district = idOf.get("H-PRTC")!;
    const heading = await drill.findDrillAgency(leader, district, { period, view: "time" });
    const level = await drill.getAgencyLevel(leader, heading!, { period, sort: { key: "name", dir: "asc" }, view: "time" });
    expect(level.total.figures.received).toBe(countDossiers(dossiers.get(district) ?? [], period).received);
    expect(heading!.children.length).toBeGreaterThan(10);
    const today = await drill.getProvinceLevel(leader, { period, sort: { key: "name", dir: "asc" }, view: "today" }, "agency", "Tỉnh");
    const time = await drill.getProvinceLevel(leader, { period, sort: { key: "name", dir: "asc" }, view: "time" }, "agency", "Tỉnh");
    const sum = (rows: { figures: { received: number } }[]) => rows.reduce((s, r) => s + r.figures.received, 0);
    expect(sum(today.rows) + (today.unassigned?.figures.received ?? 0)).toBe(time.total.figures.received);
    expect(sum(time.rows)).toBe(time.total.figures.received);
  });
});

describe("an agency user of a successor", () => {
  it("reads the unit's predecessors' history and nothing else", async () => {
    const [{ unsafeListPredecessorIds }, drill, list, permissions] = await Promise.all([
      import("@/lib/data/organisation"), import("@/lib/data/dossier-drill"), import("@/lib/data/dossier-list"), import("@/lib/auth/permissions"),
    ]);
    const unitId = idOf.get("P-PHAN-RANG")!;
    const viewer: Viewer = { userId: 9, role: "AGENCY", agencyId: unitId, predecessorIds: await unsafeListPredecessorIds(unitId) };
    const scope = permissions.readableAgencies(viewer);
    for (const code of ["H-PRTC", "X-PRTC-06", "X-PRTC-10"]) expect(permissions.scopeIncludes(scope, idOf.get(code)!), code).toBe(true);
    for (const code of ["H-NS", "P-DONG-HAI", "T-SYT", "X-PRTC-05"]) expect(permissions.scopeIncludes(scope, idOf.get(code)!), code).toBe(false);
    expect(await drill.findDrillAgency(viewer, idOf.get("P-DONG-HAI")!)).toBeNull();
    expect(await drill.findDrillAgency(viewer, idOf.get("H-PRTC")!)).not.toBeNull();

    const period = quarterPeriod(2024, 3);
    const page = await list.listDossiers(viewer, { period, agencyIds: [unitId, ...viewer.predecessorIds!] }, AS_OF, null);
    const allowed = new Set([unitId, ...viewer.predecessorIds!]);
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((row) => allowed.has(row.agencyId))).toBe(true);
    const other = await demo.db.dossier.findFirst({ where: { agencyId: idOf.get("P-DONG-HAI")! }, select: { id: true } });
    expect(await list.findDossier(viewer, other!.id)).toBeNull();
    const own = await demo.db.dossier.findFirst({ where: { agencyId: idOf.get("H-PRTC")! }, select: { id: true } });
    expect(await list.findDossier(viewer, own!.id)).not.toBeNull();
  });
});
