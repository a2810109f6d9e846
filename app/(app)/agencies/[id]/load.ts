// The agency a URL names, if the viewer may read it: the layout (for the 404) and the page (for
// its content) ask, React's cache reads it once per request.
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/session";
import { findAgencyForViewer, type AgencyPage } from "@/lib/data/agencies";
import { parsePathId } from "@/lib/validations/search-params";

export type AgencyParams = Promise<{ id: string }>;

export const loadAgency = cache(async (id: string): Promise<AgencyPage> => {
  const agency = await findAgencyForViewer(await requireViewer(), parsePathId(id));
  if (!agency) notFound();
  return agency;
});
