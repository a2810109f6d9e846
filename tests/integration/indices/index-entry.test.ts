// Index entry and the yearly assessment through the data layer on a real database: a refused
// entry writes nothing, one lead per component, summaries follow the entered years, and ranks and
// ratings are recomputed from the scores and the year's bands.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import * as entry from "@/lib/data/index-entry";
import * as reads from "@/lib/data/indices";
import * as detail from "@/lib/data/index-detail";
import * as assessments from "@/lib/data/assessments";
import * as assessmentEntry from "@/lib/data/assessment-entry";
import { listCriteria } from "@/lib/data/province/assessments";
import { indexYearSchema } from "@/lib/validations/indices";
import { agencyAssessmentSchema } from "@/lib/validations/assessments";
import { openTestDatabase, type TestDatabase } from "../support/database";
import { createAgencies, refusal } from "../support/fixtures";

let database: TestDatabase;
let db: PrismaClient;
let agency: Record<string, number> = {};
let componentIds: number[] = [];
const leader: Viewer = { userId: 1, role: "LEADER", agencyId: null };
const homeAffairs: Viewer = { userId: 5, role: "HOME_AFFAIRS", agencyId: null };

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  agency = await createAgencies(db, [["STP", "Sở Tư pháp"], ["SYT", "Sở Y tế"], ["BDT", "Ban Dân tộc"]]);
  const papi = await db.indexDefinition.create({
    data: { code: "PAPI", name: "PAPI", nameEn: "PAPI", unit: "POINTS", maxScore: 80, totalIsSum: true },
  });
  componentIds = [];
  for (let i = 1; i <= 8; i += 1) {
    const c = await db.indexComponent.create({ data: { indexId: papi.id, code: `D${i}`, name: `Chiều cạnh ${i}`, maxScore: 10, sortOrder: i } });
    componentIds.push(c.id);
  }
  await db.indexScore.create({ data: { indexId: papi.id, year: 2022, score: 46.0002, rank: 4, rankOf: 63, source: "nguồn 2022" } });
});

afterAll(async () => {
  await database?.close();
});

const year = (values: Record<string, string>) =>
  indexYearSchema.parse({ indexCode: "PAPI", year: "2023", rank: "6", rankOf: "61", source: "https://baoninhthuan.com.vn", ...values });
const dims = (scores: string[]) => Object.fromEntries(scores.map((s, i) => [`component.D${i + 1}`, s]));

describe("index year entry", () => {
  it("refuses a total that is not the sum of the dimensions, and writes nothing", async () => {
    const input = year({ score: "45,5", ...dims(["5", "5", "5", "5", "5", "5", "5", "5"]) });
    const error = await refusal(() => db.$transaction((tx) => entry.saveIndexYear(tx, homeAffairs, input)), "INVALID_INPUT");
    expect(error.fieldMessages()).toEqual({ score: ["Điểm tổng không khớp với tổng điểm các chỉ số thành phần (40)."] });
    expect(await db.indexScore.count({ where: { year: 2023 } })).toBe(0);
    expect(await db.indexComponentScore.count()).toBe(0);
  });

  it("refuses a rank beyond the denominator", async () => {
    const input = year({ score: "40", rank: "62", ...dims(["5", "5", "5", "5", "5", "5", "5", "5"]) });
    const error = await refusal(() => db.$transaction((tx) => entry.saveIndexYear(tx, homeAffairs, input)), "INVALID_INPUT");
    expect(error.fieldIssues.rank).toEqual([{ code: "INDEX_RANK_ABOVE_DENOMINATOR", args: { rankOf: 61 } }]);
  });

  it("records a consistent year and the summary moves to it", async () => {
    const input = year({ score: "45,5054", ...dims(["5", "5,8761", "5", "5", "6,6293", "7", "6", "5"]) });
    await db.$transaction((tx) => entry.saveIndexYear(tx, homeAffairs, input));
    const [papi] = await reads.getIndexSummaries(leader);
    expect(papi).toMatchObject({ code: "PAPI", latestYear: 2023, score: 45.5054, rank: 6, rankOf: 61, scoreChange: -0.4948, rankChange: null });
    expect(papi?.series.map((p) => p.year)).toEqual([2022, 2023]);
    expect(await db.indexComponentScore.count({ where: { year: 2023 } })).toBe(8);
  });

  it("keeps one lead per component and lists the agency's components", async () => {
    const componentId = componentIds[1]!;
    await db.$transaction((tx) => entry.setComponentOwner(tx, homeAffairs, { componentId, agencyId: agency.STP!, role: "LEAD" }));
    await db.$transaction((tx) => entry.setComponentOwner(tx, homeAffairs, { componentId, agencyId: agency.SYT!, role: "LEAD" }));
    const owners = await db.indexComponentOwner.findMany({ where: { componentId }, orderBy: { agencyId: "asc" } });
    expect(owners.map((o) => [o.agencyId, o.role])).toEqual([
      [agency.STP, "COORDINATE"],
      [agency.SYT, "LEAD"],
    ]);
    const own = await detail.listOwnedComponents({ userId: 2, role: "AGENCY", agencyId: agency.SYT! }, agency.SYT!);
    expect(own).toEqual([
      expect.objectContaining({ componentCode: "D2", role: "LEAD", latest: expect.objectContaining({ year: 2023, score: 5.8761 }) }),
    ]);
    expect(await detail.listOwnedComponents({ userId: 3, role: "AGENCY", agencyId: agency.STP! }, agency.SYT!)).toEqual([]);
  });

  it("refuses a maximum below a recorded score", async () => {
    await refusal(
      () => db.$transaction((tx) => entry.updateComponentMethod(tx, homeAffairs, { componentId: componentIds[4]!, maxScore: 6, weight: null, confirmed: true })),
      "INDEX_MAX_BELOW_SCORES",
    );
  });

  it("refuses a viewer without the permission before it reads anything", async () => {
    await refusal(() => db.$transaction((tx) => entry.removeComponentOwner(tx, leader, { componentId: componentIds[1]!, agencyId: agency.SYT! })), "FORBIDDEN");
    expect(await db.indexComponentOwner.count({ where: { componentId: componentIds[1]! } })).toBe(2);
  });
});

describe("yearly assessment", () => {
  const save = (code: string, yearValue: number, appraised: string) =>
    db.$transaction((tx) =>
      assessmentEntry.saveAgencyAssessment(
        tx,
        homeAffairs,
        agencyAssessmentSchema.parse({ agencyId: String(agency[code]), year: String(yearValue), group: "DEPARTMENT", appraisedScore: appraised }),
      ),
    );

  it("ranks within the group and rates under the year's bands, and raises the alerts", async () => {
    for (const y of [2022, 2023, 2024]) {
      await db.$transaction((tx) => assessmentEntry.saveRatingBands(tx, homeAffairs, { year: y, EXCELLENT: 90, GOOD: 80, AVERAGE: 65 }));
      await save("STP", y, "91");
      await save("SYT", y, "91");
      await save("BDT", y, "70");
    }
    const board = await assessments.getAssessmentBoard(leader, 2024, "DEPARTMENT");
    expect(board.map((r) => [r.agencyName, r.rank, r.rating])).toEqual([
      ["Sở Tư pháp", 1, "EXCELLENT"],
      ["Sở Y tế", 1, "EXCELLENT"],
      ["Ban Dân tộc", 3, "AVERAGE"],
    ]);
    expect(board[2]?.alerts.map((a) => a.rule)).toEqual(["HEAD_NOT_WELL", "REPLACEMENT_AVERAGE"]);

    // New bands re-rate the year.
    await db.$transaction((tx) => assessmentEntry.saveRatingBands(tx, homeAffairs, { year: 2024, EXCELLENT: 95, GOOD: 85, AVERAGE: 75 }));
    const rerated = await assessments.getAssessmentBoard(leader, 2024, "DEPARTMENT");
    expect(rerated.map((r) => r.rating)).toEqual(["GOOD", "GOOD", "WEAK"]);

    // Agency staff see their own row only.
    const own = await assessments.getAssessmentBoard({ userId: 4, role: "AGENCY", agencyId: agency.BDT! }, 2024, "DEPARTMENT");
    expect(own.map((r) => r.agencyName)).toEqual(["Ban Dân tộc"]);
  });

  it("checks criterion scores against their maxima and the total against their sum", async () => {
    const criterion = await db.$transaction((tx) =>
      assessmentEntry.addCriterion(tx, homeAffairs, { year: 2025, group: "DEPARTMENT", code: "1", name: "Chỉ đạo điều hành", maxScore: 60 }),
    );
    await db.$transaction((tx) =>
      assessmentEntry.addCriterion(tx, homeAffairs, { year: 2025, group: "DEPARTMENT", code: "2", name: "Cải cách TTHC", maxScore: 40 }),
    );
    const [first, second] = await listCriteria(2025, "DEPARTMENT");
    expect(first?.id).toBe(criterion.id);
    const input = (a: string, b: string, total: string) =>
      agencyAssessmentSchema.parse({
        agencyId: String(agency.STP),
        year: "2025",
        group: "DEPARTMENT",
        appraisedScore: total,
        [`criterion.${first!.id}.appraised`]: a,
        [`criterion.${second!.id}.appraised`]: b,
        [`criterion.${first!.id}.evidence`]: "Báo cáo số 12/BC-STP",
      });
    const over = await refusal(() => db.$transaction((tx) => assessmentEntry.saveAgencyAssessment(tx, homeAffairs, input("61", "30", "91"))), "INVALID_INPUT");
    expect(over.fieldMessages()[`criterion.${first!.id}.appraised`]).toEqual(["Điểm tiêu chí phải từ 0 đến 60."]);
    const sum = await refusal(() => db.$transaction((tx) => assessmentEntry.saveAgencyAssessment(tx, homeAffairs, input("50", "30", "85"))), "INVALID_INPUT");
    expect(sum.fieldMessages().appraisedScore).toEqual(["Tổng điểm không khớp với tổng điểm các tiêu chí (80)."]);
    expect(await db.agencyAssessment.count({ where: { year: 2025 } })).toBe(0);
    await db.$transaction((tx) => assessmentEntry.saveAgencyAssessment(tx, homeAffairs, input("50", "30", "")));
    const history = await assessments.getAgencyAssessmentHistory(leader, agency.STP!);
    expect(history.rows[0]).toMatchObject({ year: 2025, appraisedScore: 80, rank: 1, groupSize: 1 });
    expect(history.rows[0]?.criteria.map((c) => [c.code, c.appraisedScore, c.evidence])).toEqual([
      ["1", 50, "Báo cáo số 12/BC-STP"],
      ["2", 30, null],
    ]);
  });
});
