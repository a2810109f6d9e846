// The template of a kind: ?kind=DOSSIER|TASK|PROCEDURE&format=csv|xlsx.
import { z } from "zod";
import { ImportKind } from "@/lib/generated/prisma/enums";
import { importViewer } from "@/lib/api/session-guard";
import { templateFile } from "@/lib/import/template";

export const dynamic = "force-dynamic";

const querySchema = z.object({ kind: z.enum(ImportKind), format: z.enum(["csv", "xlsx"]) });

export async function GET(request: Request): Promise<Response> {
  const guard = await importViewer();
  if (guard instanceof Response) return guard;
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return new Response("Tham số không hợp lệ.", { status: 400 });
  const file = await templateFile(query.data.kind, query.data.format);
  return new Response(new Uint8Array(file.bytes), {
    headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.fileName}"` },
  });
}
