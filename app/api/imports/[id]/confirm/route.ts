// Confirmation of a dry-run import: the all-or-nothing write, with progress as NDJSON. The run is
// claimed before the stream starts, so "not ready" (409), "forbidden" (403) and a database that
// cannot be reached (503 + Retry-After) are plain JSON answers.
import { sessionViewer } from "@/lib/api/session-guard";
import { refuseForeignOrigin } from "@/lib/api/same-origin";
import { progressResponse } from "@/lib/api/progress-stream";
import { apiError, withApiErrors } from "@/lib/api/errors";
import { importsFor } from "@/lib/data/imports/runs";
import { MAX_DB_INT } from "@/lib/validations/input";
import { syncChanges } from "@/lib/data/province/cache";
import { getIntl } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const POST = withApiErrors("POST /api/imports/:id/confirm", async (request: Request, context: Context): Promise<Response> => {
  // a session cookie alone must not confirm an import: the request has to come from this site
  const refused = refuseForeignOrigin(request);
  if (refused) return refused;
  const [{ viewer, ip }, { f, locale }] = await Promise.all([sessionViewer(), getIntl()]);
  // the import's refusals (409, and the stream's error line) in the confirming user's language
  const importer = importsFor(viewer, ip, { locale, f });
  const id = Number((await context.params).id);
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_DB_INT) throw apiError("NOT_FOUND", "api.error.notFound");
  const claimed = await importer.claim(id);
  return progressResponse("confirm", async (send) => {
    const counts = await claimed.write((rows, upserting) => send({ rows, upserting: upserting ? 1 : 0 }));
    // the importer's next page is rendered by this process: it has heard of the import first (issue 19)
    await syncChanges();
    return { ...counts };
  }, locale);
});
