// The reorganisation editor's preview (issue 15): what applying the draft would change, checked as
// applying would check it. Writes nothing, so it is not a server action (those are audited); it
// needs the same permission ("agency.manage") and refuses a cross-site post like they do.
import { refuseForeignOrigin } from "@/lib/api/same-origin";
import { getSessionUser } from "@/lib/auth/session";
import { can, toViewer } from "@/lib/auth/permissions";
import { previewReorganisation } from "@/lib/data/reorganisations";
import { t } from "@/lib/i18n";
import { previewSchema } from "@/lib/validations/reorganisations";

export async function POST(request: Request): Promise<Response> {
  const refused = refuseForeignOrigin(request);
  if (refused) return refused;
  const user = await getSessionUser();
  if (!user || user.mustChangePassword) return Response.json({ error: t("action.sessionExpired") }, { status: 401 });
  const viewer = toViewer(user);
  if (!can(viewer, "agency.manage")) return Response.json({ error: t("action.forbidden") }, { status: 403 });
  const body = await request.json().catch(() => null);
  const parsed = previewSchema.safeParse(body);
  if (!parsed.success) return Response.json({ error: t("org.error.draft"), issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) }, { status: 400 });
  const preview = await previewReorganisation(viewer, parsed.data.draft, parsed.data.decisions);
  return preview ? Response.json(preview) : Response.json({ error: t("action.forbidden") }, { status: 403 });
}
