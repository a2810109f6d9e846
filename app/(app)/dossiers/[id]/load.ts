// The dossier a URL names, if the viewer may read it (its agency is in their scope): asked by the
// layout (for a real 404) and the page, read once per request.
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/session";
import { findDossier } from "@/lib/data/dossier-list";
import { parsePathId } from "@/lib/validations/search-params";

export type DossierParams = Promise<{ id: string }>;

export const loadDossier = cache(async (id: string) => {
  const dossier = await findDossier(await requireViewer(), parsePathId(id));
  if (!dossier) notFound();
  return dossier;
});
