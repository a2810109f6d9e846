// Another agency's drill-down (or an id that is none) is "not found" before any of its pages streams.
import type { ReactNode } from "react";
import { loadDrillAgency, type AgencyParams } from "./load";

export default async function DrillAgencyLayout({ children, params }: { children: ReactNode; params: AgencyParams }) {
  await loadDrillAgency((await params).id);
  return children;
}
