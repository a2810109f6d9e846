"use server";
// Home Affairs' entries to the Decision 766 service index (issue 21): the indicators no system of
// ours computes, per unit and period, and the province's result as the national portal published it.
// The wrapper checks "indexScore.manage" (Home Affairs only) and audits; the data layer checks again.
import { actionsFor } from "@/lib/auth/action";
import { savePublishedIndex, saveServiceIndexEntry, type SavedEntry } from "@/lib/data/service-index-entries";
import { publishedIndexSchema, serviceIndexEntrySchema } from "@/lib/validations/service-index-entry";

export type { SavedEntry };
export type SavedPublished = { periodKey: string };

// the public page's figures are regenerated from the new values (app/cong-khai)
const PUBLIC_PAGES = ["/cong-khai"];
const manage = actionsFor("indexScore.manage", { revalidate: ["/service-index"] });

export const saveEntry = manage(serviceIndexEntrySchema, saveServiceIndexEntry, {
  audit: {
    event: "SERVICE_INDEX_ENTRY_SAVED",
    entityId: (_input, result) => `${result.agencyId}/${result.periodKey}/${result.code}`,
    details: (input, result) => ({
      agencyId: result.agencyId,
      periodKey: result.periodKey,
      code: result.code,
      numerator: input.numerator,
      denominator: input.denominator,
      source: input.source,
    }),
  },
  revalidate: (_input, result) => ["/service-index", `/service-index/${result.agencyId}`, ...PUBLIC_PAGES],
});

export const savePublished = manage(publishedIndexSchema, (tx, viewer, input): Promise<SavedPublished> => savePublishedIndex(tx, viewer, input), {
  audit: {
    event: "SERVICE_INDEX_PUBLISHED_SAVED",
    entityId: (_input, result) => result.periodKey,
    details: (input, result) => ({ periodKey: result.periodKey, score: input.score, rank: input.rank, rankOf: input.rankOf, source: input.source }),
  },
});
