// A procedure field id that names none is "not found" before the page streams.
import type { ReactNode } from "react";
import { loadField } from "../../load";

export default async function FieldLayout({ children, params }: { children: ReactNode; params: Promise<{ fieldId: string }> }) {
  await loadField((await params).fieldId);
  return children;
}
