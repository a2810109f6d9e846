// Who may open a page, checked where a refusal can still be a real 404: a segment's layout.tsx
// renders before the segment's loading.tsx starts streaming (a page inside that boundary has
// already answered 200 when it calls notFound()). The page calls the same function again — for
// its viewer, and because a layout is not rendered again on every client-side navigation —
// and React's cache makes the second call free.
import "server-only";
import { notFound } from "next/navigation";
import { can, type Action, type Resource, type Viewer } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";

/** The viewer, or "not found" when they may not `action` (on `resource`). */
export async function requirePermission(action: Action, resource?: Resource): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer, action, resource)) notFound();
  return viewer;
}
