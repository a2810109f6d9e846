// A dossier of another agency (or an id that is none) is "not found" before the page streams.
import type { ReactNode } from "react";
import { loadDossier, type DossierParams } from "./load";

export default async function DossierLayout({ children, params }: { children: ReactNode; params: DossierParams }) {
  await loadDossier((await params).id);
  return children;
}
