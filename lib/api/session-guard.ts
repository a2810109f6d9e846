// Route handlers of the signed-in application (not /api/v1): the signed-in viewer, or an ApiError
// (401 anonymous or pending password change). What the viewer may do is decided once, by the data
// layer (e.g. importsFor), which throws ImportForbiddenError → 403.
import "server-only";
import { headers } from "next/headers";
import { getSessionUser } from "@/lib/auth/session";
import { toViewer, type Viewer } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/auth/client-ip";
import { apiError } from "@/lib/api/errors";

export async function sessionViewer(): Promise<{ viewer: Viewer; ip: string | null }> {
  const user = await getSessionUser();
  if (!user || user.mustChangePassword) throw apiError("UNAUTHORIZED", "action.sessionExpired");
  const viewer: Viewer = toViewer(user);
  const requestHeaders = await headers();
  return { viewer, ip: clientIp((name) => requestHeaders.get(name)) };
}
