// The template of a kind: ?kind=DOSSIER|TASK|PROCEDURE&format=csv|xlsx.
import { z } from "zod";
import { ImportKind } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";
import { sessionViewer } from "@/lib/api/session-guard";
import { apiError, withApiErrors } from "@/lib/api/errors";
import { templateFile } from "@/lib/import/template";

export const dynamic = "force-dynamic";

const querySchema = z.object({ kind: z.enum(ImportKind), format: z.enum(["csv", "xlsx"]).transform((format) => (format === "csv" ? "CSV" : "XLSX")) });

export const GET = withApiErrors("GET /api/imports/template", async (request: Request): Promise<Response> => {
  const { viewer } = await sessionViewer();
  // the one check of this route: a template holds no data, but it belongs to the import's pages
  if (!can(viewer, "import.run")) throw apiError("FORBIDDEN", "action.forbidden");
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw apiError("BAD_REQUEST", "api.error.query");
  const file = await templateFile(query.data.kind, query.data.format);
  return new Response(new Uint8Array(file.bytes), {
    headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.fileName}"` },
  });
});
