// Another agency's id (or one that is no id) is "not found" before the page streams: a real 404.
import type { ReactNode } from "react";
import { loadAgency, type AgencyParams } from "./load";

export default async function AgencyLayout({ children, params }: { children: ReactNode; params: AgencyParams }) {
  await loadAgency((await params).id);
  return children;
}
