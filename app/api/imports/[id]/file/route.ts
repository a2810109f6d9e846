// Downloads of an import's stored original (?which=original) or error report (?which=errors).
import { sessionViewer } from "@/lib/api/session-guard";
import { apiError, withApiErrors } from "@/lib/api/errors";
import { can } from "@/lib/auth/permissions";
import { importFile } from "@/lib/data/imports/read";
import { MAX_DB_INT } from "@/lib/validations/input";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = withApiErrors("GET /api/imports/:id/file", async (request: Request, context: Context): Promise<Response> => {
  const { viewer } = await sessionViewer();
  if (!can(viewer, "import.run")) throw apiError("FORBIDDEN", "action.forbidden");
  const id = Number((await context.params).id);
  const which = new URL(request.url).searchParams.get("which") === "errors" ? "errors" : "original";
  const file = Number.isSafeInteger(id) && id > 0 && id <= MAX_DB_INT ? await importFile(viewer, id, which) : null;
  if (!file) throw apiError("NOT_FOUND", "api.error.notFound");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": which === "errors" ? "text/csv; charset=utf-8" : "application/octet-stream",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    },
  });
});
