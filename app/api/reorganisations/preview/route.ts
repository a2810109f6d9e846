// The reorganisation editor's preview (issue 15): what applying the draft would change, checked as
// applying would check it. Writes nothing, so it is not a server action (those are audited); it
// needs the same permission ("agency.manage") and refuses a cross-site post like they do. Failures
// answer like the application's other routes (lib/api/errors: JSON { code, message }).
import { apiError, withApiErrors } from "@/lib/api/errors";
import { refuseForeignOrigin } from "@/lib/api/same-origin";
import { sessionViewer } from "@/lib/api/session-guard";
import { can } from "@/lib/auth/permissions";
import { previewReorganisation } from "@/lib/data/reorganisations";
import { requestAnswerLocale } from "@/lib/http/answer-locale";
import { wordsOf } from "@/lib/notifications/words";
import { AppError } from "@/lib/errors";
import { previewSchema } from "@/lib/validations/reorganisations";
import { messageOfIssue } from "@/lib/validations/issue-messages";

export const POST = withApiErrors("POST /api/reorganisations/preview", async (request: Request): Promise<Response> => {
  const refused = refuseForeignOrigin(request);
  if (refused) return refused;
  const { viewer } = await sessionViewer();
  if (!can(viewer, "agency.manage")) throw new AppError("FORBIDDEN");
  const body = await request.json().catch(() => null);
  const parsed = previewSchema.safeParse(body);
  if (!parsed.success) throw apiError("BAD_REQUEST", "org.error.draft", undefined, { issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: messageOfIssue(i) })) });
  const preview = await previewReorganisation(viewer, parsed.data.draft, parsed.data.decisions, wordsOf(requestAnswerLocale(request)));
  if (!preview) throw new AppError("FORBIDDEN");
  return Response.json(preview);
});
