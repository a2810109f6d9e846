// The scorecard's reads on the demo data: the province figures and the league table (read from the
// rollups and issue 8's task reads) equal the definitions applied row by row to the raw tables;
// each agency's latest rating is its latest rated year; agency staff see only their own row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { countDossiers, dossierFigures, type DossierRecord } from "@/lib/metrics/dossiers";
import { previousPeriod, quarterPeriod, rangePeriod, samePeriodLastYear, yearPeriod } from "@/lib/metrics/periods";
import { countTasks, taskRates, type TaskDates } from "@/lib/metrics/tasks";
import * as scorecard from "@/lib/data/scorecard";
import { getTaskCountsByUnit } from "@/lib/data/tasks";
import { unitLens } from "@/lib/data/province/unit-lens";
import { unsafeGetKnownFigures } from "@/lib/data/reports/known-figures";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { openTestDatabase, type TestDatabase } from "../support/database";

const AS_OF = DEMO_TEST_AS_OF;
let demo: TestDatabase;
let dossiers: (DossierRecord & { agencyId: number })[];
let tasks: (TaskDates & { agencyId: number })[];

const leader: Viewer = { userId: 1, role: "LEADER", agencyId: null };

beforeAll(async () => {
  demo = await openTestDatabase({ demoScale: 0.001 });
  dossiers = await demo.db.dossier.findMany({
    select: { agencyId: true, receivedAt: true, dueAt: true, resolvedAt: true, channel: true, syncedToNationalPortal: true, digitized: true, hasElectronicResult: true },
  });
  tasks = await demo.db.task.findMany({ select: { agencyId: true, assignedAt: true, dueAt: true, completedAt: true } });
});

afterAll(async () => {
  await demo?.close();
});

describe("province figures", () => {
  it.each([quarterPeriod(2024, 2), yearPeriod(2023), rangePeriod("2024-01-15", "2024-03-10")])(
    "equal the definitions row by row for $from – $to, with both comparisons",
    async (period) => {
      const data = (await scorecard.getScorecardDossiers(leader, period))!;
      expect(data.current).toEqual(dossierFigures(countDossiers(dossiers, period)));
      expect(data.previous).toEqual(dossierFigures(countDossiers(dossiers, previousPeriod(period))));
      expect(data.yearAgo).toEqual(dossierFigures(countDossiers(dossiers, samePeriodLastYear(period))));
      expect(data.overdueNow).toBe(countDossiers(dossiers, { from: AS_OF, to: AS_OF }).overdueAtEnd);
      expect(data.current.received).toBeGreaterThan(0);
    },
  );
});

describe("agency league table", () => {
  const period = quarterPeriod(2024, 2);

  it("gives every agency with dossiers in the period its late rate, task on-time rate and the rule's flag (by the units of the time)", async () => {
    const league = (await scorecard.getAgencyLeague(leader, period, "time")).rows;
    const figuresOf = (agencyId: number) => dossierFigures(countDossiers(dossiers.filter((d) => d.agencyId === agencyId), period));
    const withDossiers = [...new Set(dossiers.map((d) => d.agencyId))].filter((agencyId) => figuresOf(agencyId).toProcess > 0);
    expect(league.filter((row) => row.toProcess > 0).map((row) => row.agencyId).sort()).toEqual(withDossiers.sort());
    for (const agencyId of withDossiers) {
      const row = league.find((r) => r.agencyId === agencyId);
      const figures = figuresOf(agencyId);
      const taskCounts = countTasks(tasks.filter((task) => task.agencyId === agencyId), period, AS_OF);
      expect(row, `agency ${agencyId}`).toBeDefined();
      expect(row!.lateRate).toBe(figures.lateRate);
      expect(row!.toProcess).toBe(figures.toProcess);
      expect(row!.taskOnTimeRate).toBe(taskRates(taskCounts).onTimeRate);
      expect(row!.breaksLateRule).toBe(figures.lateRate !== null && figures.lateRate >= 0.1);
    }
  });

  it("agrees with the tasks page and the report form's system figures, tasks not yet due counted as neither (issue 16)", async () => {
    // the quarters whose end finds tasks still within their deadline: the case the rule is about
    const quarters = [2022, 2023, 2024].flatMap((year) => [1, 2, 3, 4].map((quarter) => ({ year, quarter })))
      .filter(({ year, quarter }) => countTasks(tasks, quarterPeriod(year, quarter), AS_OF).inProgress > 0)
      .slice(0, 2);
    expect(quarters.length, "quarters with tasks in progress at their end").toBeGreaterThan(0);
    const lens = await unitLens("time");
    for (const { year, quarter } of quarters) {
      const q = quarterPeriod(year, quarter);
      const [league, byUnit] = await Promise.all([scorecard.getAgencyLeague(leader, q, "time").then((l) => l.rows), getTaskCountsByUnit(leader, q, lens)]);
      expect(byUnit.length, `${year} Q${quarter}: agencies with tasks`).toBeGreaterThan(0);
      for (const row of byUnit) {
        const where = `${year} Q${quarter}, agency ${row.agencyId}`;
        const leagueRow = league.find((r) => r.agencyId === row.agencyId);
        expect(leagueRow, where).toBeDefined();
        expect(leagueRow!.taskOnTimeRate, where).toBe(row.rates.onTimeRate);
        expect(leagueRow!.tasksDecided, where).toBe(row.counts.doneOnTime + row.counts.doneLate + row.counts.overdue);
        const known = await unsafeGetKnownFigures(row.agencyId, year, quarter);
        expect([known.TASKS_ASSIGNED, known.TASKS_DONE_ON_TIME, known.TASKS_DONE_LATE], where).toEqual([row.counts.assigned, row.counts.doneOnTime, row.counts.doneLate]);
      }
      const inProgress = byUnit.reduce((sum, row) => sum + row.counts.inProgress, 0);
      expect(inProgress, `${year} Q${quarter}: tasks in progress`).toBe(countTasks(tasks, q, AS_OF).inProgress);
    }
  });

  it("shows each agency's latest rated year", async () => {
    const assessments = await demo.db.agencyAssessment.findMany({ where: { rating: { not: null } }, orderBy: { year: "asc" } });
    expect(assessments.length).toBeGreaterThan(0);
    const latest = new Map(assessments.map((a) => [a.agencyId, { rating: a.rating, year: a.year }]));
    const ratings = await scorecard.getLatestRatings(leader);
    expect(Object.fromEntries(ratings)).toEqual(Object.fromEntries(latest));
  });

  it("lists only their own agency to agency staff", async () => {
    const agencyId = dossiers[0]!.agencyId;
    const league = (await scorecard.getAgencyLeague({ userId: 2, role: "AGENCY", agencyId }, period, "time")).rows;
    expect(league.map((row) => row.agencyId)).toEqual([agencyId]);
    const ratings = await scorecard.getLatestRatings({ userId: 2, role: "AGENCY", agencyId });
    expect([...ratings.keys()].every((id) => id === agencyId)).toBe(true);
  });
});

describe("series for the charts", () => {
  it("gives twelve months ending with the quarter, each equal to the definitions", async () => {
    const { window, months } = await scorecard.getScorecardSeries(leader, quarterPeriod(2024, 2));
    expect(window).toEqual(rangePeriod("2023-07-01", "2024-06-30"));
    expect(months).toHaveLength(12);
    const june = months.at(-1)!;
    expect(june.figures).toEqual(dossierFigures(countDossiers(dossiers, { from: "2024-06-01", to: "2024-06-30" })));
    expect(june.tasks.assigned).toBe(countTasks(tasks, { kind: "month", from: "2024-06-01", to: "2024-06-30" }, AS_OF).assigned);
  });
});
