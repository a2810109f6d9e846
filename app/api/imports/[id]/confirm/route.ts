// Confirmation of a dry-run import: the all-or-nothing write, with progress as NDJSON.
import { importViewer } from "@/lib/api/session-guard";
import { refuseForeignOrigin } from "@/lib/api/same-origin";
import { progressResponse } from "@/lib/api/progress-stream";
import { confirmImport } from "@/lib/data/imports";
import { t } from "@/lib/i18n";
import { MAX_DB_INT } from "@/lib/validations/input";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, context: Context): Promise<Response> {
  // a session cookie alone must not confirm an import: the request has to come from this site
  const refused = refuseForeignOrigin(request);
  if (refused) return refused;
  const guard = await importViewer();
  if (guard instanceof Response) return guard;
  const id = Number((await context.params).id);
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_DB_INT) return Response.json({ error: t("notFound.heading") }, { status: 404 });
  return progressResponse(async (send) => {
    const counts = await confirmImport(guard.viewer, guard.ip, id, (rows, upserting) => send({ rows, upserting: upserting ? 1 : 0 }));
    return { ...counts };
  });
}
