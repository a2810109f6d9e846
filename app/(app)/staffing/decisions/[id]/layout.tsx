// A decision id that names none is "not found" before the page streams.
import type { ReactNode } from "react";
import { loadDecision, type DecisionParams } from "./load";

export default async function DecisionLayout({ children, params }: { children: ReactNode; params: DecisionParams }) {
  await loadDecision((await params).id);
  return children;
}
