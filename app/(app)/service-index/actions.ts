"use server";
// Home Affairs' entries to the Decision 766 service index (issue 21): the indicators no system of
// ours computes, per unit and period, and the province's result as the national portal published it.
// The wrapper checks "indexScore.manage" (Home Affairs only) and audits; the data layer checks again.
import { action } from "@/lib/auth/action";
import { savePublishedIndex, saveServiceIndexEntry, type SavedEntry } from "@/lib/data/service-index-entries";
import { publishedIndexSchema, serviceIndexEntrySchema } from "@/lib/validations/service-index-entry";

export type { SavedEntry };
export type SavedPublished = { periodKey: string };

// the public page's figures are regenerated from the new values (app/cong-khai)
const PUBLIC_PAGES = ["/cong-khai"];

export const saveEntry = action(
  {
    permission: "indexScore.manage",
    schema: serviceIndexEntrySchema,
    audit: {
      event: "SERVICE_INDEX_ENTRY_SAVED",
      entityId: (_input, result: SavedEntry) => `${result.agencyId}/${result.periodKey}/${result.code}`,
      details: (input, result: SavedEntry) => ({
        agencyId: result.agencyId,
        periodKey: result.periodKey,
        code: result.code,
        numerator: input.numerator,
        denominator: input.denominator,
        source: input.source,
      }),
    },
    revalidate: (_input, result: SavedEntry) => ["/service-index", `/service-index/${result.agencyId}`, ...PUBLIC_PAGES],
  },
  (input, { tx, viewer }) => saveServiceIndexEntry(tx, viewer, input),
);

export const savePublished = action(
  {
    permission: "indexScore.manage",
    schema: publishedIndexSchema,
    audit: {
      event: "SERVICE_INDEX_PUBLISHED_SAVED",
      entityId: (_input, result: SavedPublished) => result.periodKey,
      details: (input, result: SavedPublished) => ({ periodKey: result.periodKey, score: input.score, rank: input.rank, rankOf: input.rankOf, source: input.source }),
    },
    revalidate: () => ["/service-index"],
  },
  (input, { tx, viewer }): Promise<SavedPublished> => savePublishedIndex(tx, viewer, input),
);
