// The Decision 766 service index on the demo data: for weeks (one across a month's end, one across
// the year's end), a month and a quarter, every unit's computed indicators equal the same figures
// computed straight from the dossier and procedure tables, row by row; the late dossiers by field
// add up to 2.1's late count; the forecast's open dossiers are the ones the table holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { getServiceIndexBoard, unsafeLateByField, unsafeOpenDueBy } from "@/lib/data/service-index";
import { getUnitServiceIndex } from "@/lib/data/service-index-unit";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { countDossiers, outcomeAsOf, type DossierRecord } from "@/lib/metrics/dossiers";
import { addDays, localDateOf } from "@/lib/metrics/periods";
import { computedInputs, COMPUTED_CODES } from "@/lib/service-index/inputs";
import { computeServiceIndex } from "@/lib/service-index/model";
import { parseIndexPeriod, readablePeriod, weekIndexPeriod, type IndexPeriod } from "@/lib/service-index/periods";
import { openTestDatabase, type TestDatabase } from "../support/database";

const AS_OF = DEMO_TEST_AS_OF;
let demo: TestDatabase;
let dossiers: (DossierRecord & { agencyId: number })[];
let procedures: { agencyId: number | null; onlineLevel: string; status: string }[];

const leader: Viewer = { userId: 1, role: "LEADER", agencyId: null };

beforeAll(async () => {
  demo = await openTestDatabase({ demoScale: 0.001 });
  dossiers = await demo.db.dossier.findMany({
    select: { agencyId: true, receivedAt: true, dueAt: true, resolvedAt: true, channel: true, syncedToNationalPortal: true, digitized: true, hasElectronicResult: true },
  });
  procedures = await demo.db.procedure.findMany({ select: { agencyId: true, onlineLevel: true, status: true } });
});

afterAll(async () => {
  await demo?.close();
});

function catalogueOf(agencyId: number) {
  const own = procedures.filter((p) => p.agencyId === agencyId && p.status === "ACTIVE");
  return { active: own.length, online: own.filter((p) => p.onlineLevel !== "NONE").length };
}

const PERIODS: IndexPeriod[] = [
  weekIndexPeriod(addDays(AS_OF, -7)),
  parseIndexPeriod("2024-W18")!, // 29/04 – 05/05/2024: across a month's end
  parseIndexPeriod("2025-W01")!, // 30/12/2024 – 05/01/2025: across the year's end
  parseIndexPeriod("2025-10")!,
  parseIndexPeriod("2025-Q3")!,
];

describe("computed indicators against the dossier table", () => {
  it.each(PERIODS.map((p) => [p.key, p] as const))("equal the row-by-row figures for every unit in %s (units of the time)", async (_key, period) => {
    const board = (await getServiceIndexBoard(leader, period, "time"))!;
    const read = readablePeriod(period, AS_OF)!;
    const rows = board.groups.flatMap((g) => g.rows);
    const withDossiers = rows.filter((r) => r.counts.carriedOver + r.counts.received > 0);
    expect(withDossiers.length).toBeGreaterThan(0);
    for (const row of rows) {
      const counts = countDossiers(dossiers.filter((d) => d.agencyId === row.agencyId), read);
      const expected = computeServiceIndex(computedInputs(counts, catalogueOf(row.agencyId)), board.config);
      for (const code of COMPUTED_CODES) {
        const actual = row.index.indicators.find((i) => i.def.code === code)!;
        const wanted = expected.indicators.find((i) => i.def.code === code)!;
        expect(actual.fraction, `${row.agencyName} ${code}`).toEqual(wanted.fraction);
        expect(actual.points, `${row.agencyName} ${code}`).toBe(wanted.points);
      }
      expect(row.index.score).toBe(expected.score);
    }
    // the province's figures are the whole table's
    const province = countDossiers(dossiers, read);
    expect(board.province.counts).toEqual(province);
  });

  it("counts late dossiers by field as 2.1 counts them", async () => {
    const period = PERIODS[3]!.period;
    const agencies = [...new Set(dossiers.map((d) => d.agencyId))];
    for (const agencyId of agencies) {
      const fields = await unsafeLateByField([agencyId], period, AS_OF);
      const counts = countDossiers(dossiers.filter((d) => d.agencyId === agencyId), period);
      expect(fields.reduce((sum, f) => sum + f.late, 0), `agency ${agencyId}`).toBe(counts.resolvedLate + counts.overdueAtEnd);
    }
  });
});

describe("the week under way", () => {
  const week = weekIndexPeriod(AS_OF);

  it("forecasts from the dossiers still open that fall due by Sunday", async () => {
    const open = dossiers.filter((d) => {
      const due = localDateOf(d.dueAt);
      return localDateOf(d.receivedAt) <= AS_OF && outcomeAsOf(d, AS_OF) === "PENDING" && due > AS_OF && due <= week.period.to;
    });
    expect(await unsafeOpenDueBy("all", AS_OF, week.period.to)).toBe(open.length);
    const board = (await getServiceIndexBoard(leader, week, "today"))!;
    expect(board.read).toEqual({ kind: "range", from: week.period.from, to: AS_OF });
    expect(board.forecast?.openDue).toBe(open.length);
    const best = board.forecast!.best.indicators.find((i) => i.def.code === "2.1")!.fraction!;
    const worst = board.forecast!.worst.indicators.find((i) => i.def.code === "2.1")!.fraction!;
    expect(best.numerator - worst.numerator).toBe(open.length);
  });

  it("gives a unit's page its rank, what to fix and its forecast; agency staff see only their own unit", async () => {
    const board = (await getServiceIndexBoard(leader, PERIODS[3]!, "today"))!;
    const row = board.groups.flatMap((g) => g.rows).find((r) => r.index.score !== null)!;
    const unit = (await getUnitServiceIndex(leader, row.agencyId, PERIODS[3]!, "today"))!;
    expect(unit.row.index.score).toBe(row.index.score);
    expect(unit.costliest.every((i, k, all) => k === 0 || all[k - 1]!.lost >= i.lost)).toBe(true);
    const staff: Viewer = { userId: 2, role: "AGENCY", agencyId: row.agencyId };
    const other = board.groups.flatMap((g) => g.rows).find((r) => r.agencyId !== row.agencyId)!;
    expect(await getUnitServiceIndex(staff, other.agencyId, PERIODS[3]!, "today")).toBeNull();
    const own = await getServiceIndexBoard(staff, PERIODS[3]!, "today");
    expect(own!.groups.flatMap((g) => g.rows).map((r) => r.agencyId)).toEqual([row.agencyId]);
  });
});
