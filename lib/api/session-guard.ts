// Route handlers of the signed-in application (not /api/v1): the viewer with "import.run", or the
// JSON answer that refuses (401 anonymous or pending password change, 403 without the permission).
import "server-only";
import { headers } from "next/headers";
import { getSessionUser } from "@/lib/auth/session";
import { can, toViewer, type Viewer } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/auth/client-ip";
import { t } from "@/lib/i18n";

export async function importViewer(): Promise<{ viewer: Viewer; ip: string | null } | Response> {
  const user = await getSessionUser();
  if (!user || user.mustChangePassword) return Response.json({ error: t("action.sessionExpired") }, { status: 401 });
  const viewer: Viewer = toViewer(user);
  if (!can(viewer, "import.run")) return Response.json({ error: t("action.forbidden") }, { status: 403 });
  const requestHeaders = await headers();
  return { viewer, ip: clientIp((name) => requestHeaders.get(name)) };
}
