// Home Affairs' writes to the indices: a year's scores, the component owners, the components'
// maxima and weights. Called inside the action wrapper's transaction (permission "indexScore.manage"
// already checked there); the rules that need the database's maxima are checked here.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ActionError, type FieldErrors } from "@/lib/auth/action-result";
import { t } from "@/lib/i18n";
import { validateScoreEntry, type ScoreIssue } from "@/lib/metrics/indices";
import { formatScoreValue } from "@/lib/i18n/index-format";
import {
  COMPONENT_FIELD_PREFIX,
  type ComponentMethodInput,
  type ComponentOwnerInput,
  type IndexYearInput,
  type RemoveOwnerInput,
} from "@/lib/validations/indices";

type Db = Prisma.TransactionClient;

export const INDEX_AUDIT = {
  yearSaved: "INDEX_YEAR_SAVED",
  ownerSet: "INDEX_OWNER_SET",
  ownerRemoved: "INDEX_OWNER_REMOVED",
  methodChanged: "INDEX_COMPONENT_METHOD_CHANGED",
} as const;

function issueMessage(issue: ScoreIssue): string {
  switch (issue.kind) {
    case "negative":
      return t("indices.error.negative");
    case "aboveMax":
      return t("indices.error.aboveMax", { max: formatScoreValue(issue.max) });
    case "rankWithoutDenominator":
      return t("indices.error.rankWithoutDenominator");
    case "aboveDenominator":
      return t("indices.error.rankAboveDenominator", { rankOf: issue.rankOf });
    case "incomplete":
      return t("indices.error.componentsIncomplete", { count: issue.missing.length });
    case "sumMismatch":
      return t("indices.error.sumMismatch", { sum: formatScoreValue(issue.sum) });
  }
}

function fieldOf(issue: ScoreIssue): string {
  return issue.field.startsWith("component.") ? `${COMPONENT_FIELD_PREFIX}${issue.field.slice("component.".length)}` : issue.field;
}

export type SavedIndexYear = { indexCode: string; year: number; componentScores: number };

/** Records one year of an index, replacing what was recorded for that year. */
export async function saveIndexYear(tx: Db, input: IndexYearInput): Promise<SavedIndexYear> {
  const index = await tx.indexDefinition.findUnique({
    where: { code: input.indexCode },
    select: { id: true, code: true, maxScore: true, totalIsSum: true, components: { select: { id: true, code: true, maxScore: true } } },
  });
  if (!index) throw new ActionError(t("indices.error.indexNotFound"));
  const unknown = Object.keys(input.components).filter((code) => !index.components.some((c) => c.code === code));
  if (unknown.length > 0) throw new ActionError(t("indices.error.componentNotFound"));

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
    throw new ActionError(t("indices.error.empty"), { score: [t("indices.error.empty")] });
  }
  if (issues.length > 0) {
    const fieldErrors: FieldErrors = {};
    for (const issue of issues) (fieldErrors[fieldOf(issue)] ??= []).push(issueMessage(issue));
    throw new ActionError(t("action.invalid"), fieldErrors);
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
  if (!component) throw new ActionError(t("indices.error.component"), { componentId: [t("indices.error.component")] });
  return component.index.code;
}

export type OwnerChange = { indexCode: string; componentId: number; agencyId: number };

/** One lead per component: naming a new lead makes the previous lead a coordinating agency. */
export async function setComponentOwner(tx: Db, input: ComponentOwnerInput): Promise<OwnerChange> {
  const indexCode = await componentIndexCode(tx, input.componentId);
  const agency = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } });
  if (!agency) throw new ActionError(t("indices.error.agency"), { agencyId: [t("indices.error.agency")] });
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

export async function removeComponentOwner(tx: Db, input: RemoveOwnerInput): Promise<OwnerChange> {
  const indexCode = await componentIndexCode(tx, input.componentId);
  const removed = await tx.indexComponentOwner.deleteMany({ where: { componentId: input.componentId, agencyId: input.agencyId } });
  if (removed.count === 0) throw new ActionError(t("indices.error.ownerNotFound"));
  return { indexCode, componentId: input.componentId, agencyId: input.agencyId };
}

export type MethodChange = { indexCode: string; componentId: number };

/** A component's maximum, weight and whether they are confirmed; refused below a recorded score. */
export async function updateComponentMethod(tx: Db, input: ComponentMethodInput): Promise<MethodChange> {
  const indexCode = await componentIndexCode(tx, input.componentId);
  const highest = await tx.indexComponentScore.aggregate({ where: { componentId: input.componentId }, _max: { score: true } });
  const top = highest._max.score === null ? null : Number(highest._max.score.toString());
  if (top !== null && top > input.maxScore) {
    const message = t("indices.error.maxBelowScores", { score: formatScoreValue(top) });
    throw new ActionError(message, { maxScore: [message] });
  }
  await tx.indexComponent.update({
    where: { id: input.componentId },
    data: { maxScore: input.maxScore, weight: input.weight, confirmed: input.confirmed },
  });
  return { indexCode, componentId: input.componentId };
}
