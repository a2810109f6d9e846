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
      event: "INDEX_YEAR_SAVED",
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
  (input, { tx, viewer }) => entry.saveIndexYear(tx, viewer, input),
);

export const setComponentOwner = action(
  {
    permission: "indexScore.manage",
    schema: componentOwnerSchema,
    audit: {
      event: "INDEX_OWNER_SET",
      entityId: (input) => `${input.componentId}/${input.agencyId}`,
      details: (input) => ({ role: input.role }),
    },
    revalidate: (_input, result: OwnerChange) => [...indexPaths(result.indexCode), `/agencies/${result.agencyId}`],
  },
  (input, { tx, viewer }) => entry.setComponentOwner(tx, viewer, input),
);

export const removeComponentOwner = action(
  {
    permission: "indexScore.manage",
    schema: removeOwnerSchema,
    audit: {
      event: "INDEX_OWNER_REMOVED",
      entityId: (input) => `${input.componentId}/${input.agencyId}`,
    },
    revalidate: (_input, result: OwnerChange) => [...indexPaths(result.indexCode), `/agencies/${result.agencyId}`],
  },
  (input, { tx, viewer }) => entry.removeComponentOwner(tx, viewer, input),
);

export const updateComponentMethod = action(
  {
    permission: "indexScore.manage",
    schema: componentMethodSchema,
    audit: {
      event: "INDEX_COMPONENT_METHOD_CHANGED",
      entityId: (input) => String(input.componentId),
      details: (input) => ({ maxScore: input.maxScore, weight: input.weight, confirmed: input.confirmed }),
    },
    revalidate: (_input, result: MethodChange) => indexPaths(result.indexCode),
  },
  (input, { tx, viewer }) => entry.updateComponentMethod(tx, viewer, input),
);
