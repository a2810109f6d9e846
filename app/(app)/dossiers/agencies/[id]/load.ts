// What the agency drill-down's URLs name: the agency (if the viewer may read it), a procedure, a
// procedure field. Asked by the segments' layouts (for a real 404 before the page streams) and by
// the pages; React's cache reads each once per request.
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/session";
import { findDrillAgency } from "@/lib/data/dossier-drill";
import { requestLocale } from "@/lib/i18n/locale-cookie";
import { wordsOf } from "@/lib/notifications/words";
import { findField, findProcedure } from "@/lib/data/province/procedures";
import type { DrillQuery } from "@/lib/validations/dossier-params";
import { parsePathId } from "@/lib/validations/search-params";

export type AgencyParams = Promise<{ id: string }>;

/** The agency; with the page's query, as that period and units view show it (its parent, children, predecessors). */
export const loadDrillAgency = cache(async (id: string, query?: Pick<DrillQuery, "period" | "view">) => {
  const [viewer, locale] = await Promise.all([requireViewer(), requestLocale()]);
  const agency = await findDrillAgency(viewer, parsePathId(id), query, wordsOf(locale));
  if (!agency) notFound();
  return agency;
});

export const loadProcedure = cache(async (id: string) => {
  const procedure = await findProcedure(parsePathId(id));
  if (!procedure) notFound();
  return procedure;
});

export const loadField = cache(async (id: string) => {
  const field = await findField(parsePathId(id));
  if (!field) notFound();
  return field;
});
