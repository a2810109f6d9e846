// A procedure id that names none is "not found" before the page streams.
import type { ReactNode } from "react";
import { loadProcedure } from "../../load";

export default async function ProcedureLayout({ children, params }: { children: ReactNode; params: Promise<{ procedureId: string }> }) {
  await loadProcedure((await params).procedureId);
  return children;
}
