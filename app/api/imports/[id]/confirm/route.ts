// Confirmation of a dry-run import: the all-or-nothing write, with progress as NDJSON.
import { importViewer } from "@/lib/api/session-guard";
import { progressResponse } from "@/lib/api/progress-stream";
import { confirmImport } from "@/lib/data/imports";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function POST(_request: Request, context: Context): Promise<Response> {
  const guard = await importViewer();
  if (guard instanceof Response) return guard;
  const id = Number((await context.params).id);
  if (!Number.isSafeInteger(id) || id <= 0) return Response.json({ error: "not found" }, { status: 404 });
  return progressResponse(async (send) => {
    const counts = await confirmImport(guard.viewer, guard.ip, id, (rows, upserting) => send({ rows, upserting: upserting ? 1 : 0 }));
    return { ...counts };
  });
}
