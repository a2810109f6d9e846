"use server";
// Home Affairs' entry of index scores, component owners and component maxima (DESIGN §5.5).
// The wrapper checks "indexScore.manage"; the data layer checks the index's own rules.
import { action } from "@/lib/auth/action";
import * as entry from "@/lib/data/index-entry";
import { componentMethodSchema, componentOwnerSchema, indexYearSchema, removeOwnerSchema } from "@/lib/validations/indices";

export type SavedIndexYear = entry.SavedIndexYear;
export type OwnerChange = entry.OwnerChange;
export type MethodChange = entry.MethodChange;

const indexPaths = (code: string) => ["/indices", `/indices/${code}`, `/indices/${code}/edit`];

export const saveIndexYear = action(
  {
    permission: "indexScore.manage",
    schema: indexYearSchema,
    audit: {
      action: entry.INDEX_AUDIT.yearSaved,
      entity: "index_score",
      entityId: (_input, result: SavedIndexYear) => `${result.indexCode}/${result.year}`,
      details: (input) => ({
        score: input.score,
        rank: input.rank,
        rankOf: input.rankOf,
        nationalAverage: input.nationalAverage,
        source: input.source,
        components: input.components,
      }),
    },
    revalidate: (_input, result: SavedIndexYear) => indexPaths(result.indexCode),
  },
  (input, { tx }) => entry.saveIndexYear(tx, input),
);

export const setComponentOwner = action(
  {
    permission: "indexScore.manage",
    schema: componentOwnerSchema,
    audit: {
      action: entry.INDEX_AUDIT.ownerSet,
      entity: "index_component_owner",
      entityId: (input) => `${input.componentId}/${input.agencyId}`,
      details: (input) => ({ role: input.role }),
    },
    revalidate: (_input, result: OwnerChange) => [...indexPaths(result.indexCode), `/agencies/${result.agencyId}`],
  },
  (input, { tx }) => entry.setComponentOwner(tx, input),
);

export const removeComponentOwner = action(
  {
    permission: "indexScore.manage",
    schema: removeOwnerSchema,
    audit: {
      action: entry.INDEX_AUDIT.ownerRemoved,
      entity: "index_component_owner",
      entityId: (input) => `${input.componentId}/${input.agencyId}`,
    },
    revalidate: (_input, result: OwnerChange) => [...indexPaths(result.indexCode), `/agencies/${result.agencyId}`],
  },
  (input, { tx }) => entry.removeComponentOwner(tx, input),
);

export const updateComponentMethod = action(
  {
    permission: "indexScore.manage",
    schema: componentMethodSchema,
    audit: {
      action: entry.INDEX_AUDIT.methodChanged,
      entity: "index_component",
      entityId: (input) => String(input.componentId),
      details: (input) => ({ maxScore: input.maxScore, weight: input.weight, confirmed: input.confirmed }),
    },
    revalidate: (_input, result: MethodChange) => indexPaths(result.indexCode),
  },
  (input, { tx }) => entry.updateComponentMethod(tx, input),
);
