// Home Affairs' writes to the indices: a year's scores, the component owners, the components'
// maxima and weights. Called inside the action wrapper's transaction ("indexScore.manage", checked
// there and again here); the rules that need the database's maxima are checked here.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { addFieldIssue, AppError, type AppErrorDetail, type FieldIssues } from "@/lib/errors";
import { requirePermission } from "@/lib/data/scope";
import { validateScoreEntry, type ScoreIssue } from "@/lib/metrics/indices";
import {
  COMPONENT_FIELD_PREFIX,
  type ComponentMethodInput,
  type ComponentOwnerInput,
  type IndexYearInput,
  type RemoveOwnerInput,
} from "@/lib/validations/indices";

type Db = Prisma.TransactionClient;

function issueDetail(issue: ScoreIssue): AppErrorDetail {
  switch (issue.kind) {
    case "negative":
      return { code: "INDEX_SCORE_NEGATIVE" };
    case "aboveMax":
      return { code: "INDEX_SCORE_ABOVE_MAX", args: { max: { score: issue.max } } };
    case "rankWithoutDenominator":
      return { code: "INDEX_RANK_WITHOUT_DENOMINATOR" };
    case "aboveDenominator":
      return { code: "INDEX_RANK_ABOVE_DENOMINATOR", args: { rankOf: issue.rankOf } };
    case "incomplete":
      return { code: "INDEX_COMPONENTS_INCOMPLETE", args: { count: issue.missing.length } };
    case "sumMismatch":
      return { code: "INDEX_SUM_MISMATCH", args: { sum: { score: issue.sum } } };
  }
}

function fieldOf(issue: ScoreIssue): string {
  return issue.field.startsWith("component.") ? `${COMPONENT_FIELD_PREFIX}${issue.field.slice("component.".length)}` : issue.field;
}

export type SavedIndexYear = { indexCode: string; year: number; componentScores: number };

/** Records one year of an index, replacing what was recorded for that year. */
export async function saveIndexYear(tx: Db, viewer: Viewer, input: IndexYearInput): Promise<SavedIndexYear> {
  requirePermission(viewer, "indexScore.manage");
  const index = await tx.indexDefinition.findUnique({
    where: { code: input.indexCode },
    select: { id: true, code: true, maxScore: true, totalIsSum: true, components: { select: { id: true, code: true, maxScore: true } } },
  });
  if (!index) throw new AppError("INDEX_NOT_FOUND");
  const unknown = Object.keys(input.components).filter((code) => !index.components.some((c) => c.code === code));
  if (unknown.length > 0) throw new AppError("INDEX_COMPONENT_UNKNOWN");

  const components = index.components.map((c) => ({
    id: c.id,
    code: c.code,
    maxScore: Number(c.maxScore.toString()),
    score: input.components[c.code] ?? null,
  }));
  const issues = validateScoreEntry({
    maxScore: Number(index.maxScore.toString()),
    totalIsSum: index.totalIsSum,
    score: input.score,
    rank: input.rank,
    rankOf: input.rankOf,
    components,
  });
  if (input.score === null && input.rank === null && input.nationalAverage === null && components.every((c) => c.score === null)) {
    throw new AppError("INDEX_YEAR_EMPTY", {}, { field: "score" });
  }
  if (issues.length > 0) {
    const fields: FieldIssues = {};
    for (const issue of issues) addFieldIssue(fields, fieldOf(issue), issueDetail(issue));
    throw new AppError("INVALID_INPUT", {}, { fields });
  }

  const values = {
    score: input.score,
    rank: input.rank,
    rankOf: input.rankOf,
    nationalAverage: input.nationalAverage,
    source: input.source,
  };
  await tx.indexScore.upsert({
    where: { indexId_formerProvince_year: { indexId: index.id, formerProvince: "", year: input.year } },
    create: { indexId: index.id, year: input.year, ...values },
    update: values,
  });
  let componentScores = 0;
  for (const c of components) {
    const where = { componentId_formerProvince_year: { componentId: c.id, formerProvince: "", year: input.year } };
    if (c.score === null) {
      await tx.indexComponentScore.deleteMany({ where: { componentId: c.id, year: input.year } });
      continue;
    }
    componentScores += 1;
    await tx.indexComponentScore.upsert({
      where,
      create: { componentId: c.id, year: input.year, score: c.score, source: input.source },
      update: { score: c.score, source: input.source },
    });
  }
  return { indexCode: index.code, year: input.year, componentScores };
}

async function componentIndexCode(tx: Db, componentId: number): Promise<string> {
  const component = await tx.indexComponent.findUnique({ where: { id: componentId }, select: { index: { select: { code: true } } } });
  if (!component) throw new AppError("INDEX_COMPONENT_NOT_FOUND", {}, { field: "componentId" });
  return component.index.code;
}

export type OwnerChange = { indexCode: string; componentId: number; agencyId: number };

/** One lead per component: naming a new lead makes the previous lead a coordinating agency. */
export async function setComponentOwner(tx: Db, viewer: Viewer, input: ComponentOwnerInput): Promise<OwnerChange> {
  requirePermission(viewer, "indexScore.manage");
  const indexCode = await componentIndexCode(tx, input.componentId);
  const agency = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } });
  if (!agency) throw new AppError("INDEX_AGENCY_NOT_FOUND", {}, { field: "agencyId" });
  if (input.role === "LEAD") {
    await tx.indexComponentOwner.updateMany({
      where: { componentId: input.componentId, role: "LEAD", agencyId: { not: input.agencyId } },
      data: { role: "COORDINATE" },
    });
  }
  await tx.indexComponentOwner.upsert({
    where: { componentId_agencyId: { componentId: input.componentId, agencyId: input.agencyId } },
    create: { componentId: input.componentId, agencyId: input.agencyId, role: input.role },
    update: { role: input.role },
  });
  return { indexCode, componentId: input.componentId, agencyId: input.agencyId };
}

export async function removeComponentOwner(tx: Db, viewer: Viewer, input: RemoveOwnerInput): Promise<OwnerChange> {
  requirePermission(viewer, "indexScore.manage");
  const indexCode = await componentIndexCode(tx, input.componentId);
  const removed = await tx.indexComponentOwner.deleteMany({ where: { componentId: input.componentId, agencyId: input.agencyId } });
  if (removed.count === 0) throw new AppError("INDEX_OWNER_NOT_FOUND");
  return { indexCode, componentId: input.componentId, agencyId: input.agencyId };
}

export type MethodChange = { indexCode: string; componentId: number };

/** A component's maximum, weight and whether they are confirmed; refused below a recorded score. */
export async function updateComponentMethod(tx: Db, viewer: Viewer, input: ComponentMethodInput): Promise<MethodChange> {
  requirePermission(viewer, "indexScore.manage");
  const indexCode = await componentIndexCode(tx, input.componentId);
  const highest = await tx.indexComponentScore.aggregate({ where: { componentId: input.componentId }, _max: { score: true } });
  const top = highest._max.score === null ? null : Number(highest._max.score.toString());
  if (top !== null && top > input.maxScore) {
    throw new AppError("INDEX_MAX_BELOW_SCORES", { score: { score: top } }, { field: "maxScore" });
  }
  await tx.indexComponent.update({
    where: { id: input.componentId },
    data: { maxScore: input.maxScore, weight: input.weight, confirmed: input.confirmed },
  });
  return { indexCode, componentId: input.componentId };
}
