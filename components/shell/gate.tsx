// The layout of a segment that only some roles may open (see lib/auth/page-access.ts for why the
// check sits in a layout): `export default permissionGate("period.manage");`.
import type { ReactNode } from "react";
import type { Action } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/page-access";

export function permissionGate(action: Action) {
  return async function PermissionGate({ children }: { children: ReactNode }) {
    await requirePermission(action);
    return children;
  };
}
