// A unit the viewer may not read (agency staff: another agency), or an id that is none, is "not
// found" here, before the page streams inside the segment's loading boundary (lib/auth/page-access.ts).
import type { ReactNode } from "react";
import { requirePermission } from "@/lib/auth/page-access";
import { parsePathId } from "@/lib/validations/search-params";

export default async function UnitServiceIndexLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await requirePermission("agency.read", { agencyId: parsePathId((await params).id) });
  return children;
}
