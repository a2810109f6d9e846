"use server";
// Home Affairs' entry of index scores, component owners and component maxima (DESIGN §5.5).
// The wrapper checks "indexScore.manage"; the data layer checks the index's own rules.
import { actionsFor } from "@/lib/auth/action";
import * as entry from "@/lib/data/index-entry";
import { componentMethodSchema, componentOwnerSchema, indexYearSchema, removeOwnerSchema } from "@/lib/validations/indices";

export type SavedIndexYear = entry.SavedIndexYear;
export type OwnerChange = entry.OwnerChange;
export type MethodChange = entry.MethodChange;

const manage = actionsFor("indexScore.manage");
const indexPaths = (_input: unknown, result: { indexCode: string }) => ["/indices", `/indices/${result.indexCode}`, `/indices/${result.indexCode}/edit`];
const ownerPaths = (input: unknown, result: OwnerChange) => [...indexPaths(input, result), `/agencies/${result.agencyId}`];
const ownerId = (input: { componentId: number; agencyId: number }) => `${input.componentId}/${input.agencyId}`;

export const saveIndexYear = manage(indexYearSchema, entry.saveIndexYear, {
  audit: {
    event: "INDEX_YEAR_SAVED",
    entityId: (_input, result) => `${result.indexCode}/${result.year}`,
    details: (input) => ({
      score: input.score,
      rank: input.rank,
      rankOf: input.rankOf,
      nationalAverage: input.nationalAverage,
      source: input.source,
      components: input.components,
    }),
  },
  revalidate: indexPaths,
});

export const setComponentOwner = manage(componentOwnerSchema, entry.setComponentOwner, {
  audit: { event: "INDEX_OWNER_SET", entityId: ownerId, details: (input) => ({ role: input.role }) },
  revalidate: ownerPaths,
});

export const removeComponentOwner = manage(removeOwnerSchema, entry.removeComponentOwner, {
  audit: { event: "INDEX_OWNER_REMOVED", entityId: ownerId },
  revalidate: ownerPaths,
});

export const updateComponentMethod = manage(componentMethodSchema, entry.updateComponentMethod, {
  audit: {
    event: "INDEX_COMPONENT_METHOD_CHANGED",
    entityId: (input) => String(input.componentId),
    details: (input) => ({ maxScore: input.maxScore, weight: input.weight, confirmed: input.confirmed }),
  },
  revalidate: indexPaths,
});
