// An import id that names none (or is no id: 2147483648, "abc") is "not found" before the page streams.
import type { ReactNode } from "react";
import { loadImport, type ImportParams } from "./load";

export default async function ImportLayout({ children, params }: { children: ReactNode; params: ImportParams }) {
  await loadImport((await params).id);
  return children;
}
