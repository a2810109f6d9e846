// Another agency's report, a period that is none, or an id that is none: "not found" before the
// report or its history streams.
import type { ReactNode } from "react";
import { reportTarget, type ReportParams } from "./load";

export default async function ReportLayout({ children, params }: { children: ReactNode; params: ReportParams }) {
  await reportTarget(params);
  return children;
}
