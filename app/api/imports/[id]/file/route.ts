// Downloads of an import's stored original (?which=original) or error report (?which=errors).
import { importViewer } from "@/lib/api/session-guard";
import { importFile } from "@/lib/data/imports";
import { MAX_DB_INT } from "@/lib/validations/input";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const guard = await importViewer();
  if (guard instanceof Response) return guard;
  const id = Number((await context.params).id);
  const which = new URL(request.url).searchParams.get("which") === "errors" ? "errors" : "original";
  const file = Number.isSafeInteger(id) && id > 0 && id <= MAX_DB_INT ? await importFile(guard.viewer, id, which) : null;
  if (!file) return new Response("Không tìm thấy tệp.", { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": which === "errors" ? "text/csv; charset=utf-8" : "application/octet-stream",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    },
  });
}
