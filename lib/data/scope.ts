// The viewer's scope as the data layer applies it to a write: the action wrapper has checked the
// permission already, and every write checks it again where it runs, so that no data-layer write
// can be reached with a viewer the decision table refuses (another caller, a later refactoring).
import "server-only";
import { can, type Action, type Resource, type Viewer } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/** Throws FORBIDDEN unless the decision table lets `viewer` do `action` (to `resource`). */
export function requirePermission(viewer: Viewer, action: Action, resource?: Resource): void {
  if (!can(viewer, action, resource)) throw new AppError("FORBIDDEN");
}
