// An index code that names none is "not found" before any of its pages streams.
import type { ReactNode } from "react";
import { loadIndex, type IndexParams } from "./load";

export default async function IndexLayout({ children, params }: { children: ReactNode; params: IndexParams }) {
  await loadIndex((await params).code);
  return children;
}
