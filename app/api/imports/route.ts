// Upload of an import file (the raw body, streamed to disk) and its dry run, with progress as
// NDJSON. Headers: x-import-kind (DOSSIER | TASK | PROCEDURE), x-file-name (URI-encoded; a
// malformed encoding or a control character in the name is refused with 400).
import { z } from "zod";
import { ImportKind } from "@/lib/generated/prisma/enums";
import { importViewer } from "@/lib/api/session-guard";
import { refuseForeignOrigin } from "@/lib/api/same-origin";
import { progressResponse } from "@/lib/api/progress-stream";
import { startImport } from "@/lib/data/imports";
import { formatOf } from "@/lib/import/source";
import { UPLOAD_LIMIT_BYTES, UploadTooLargeError } from "@/lib/import/files";
import { formatBytes } from "@/lib/i18n/format";
import { textProblem } from "@/lib/validations/input";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

const kindSchema = z.enum(ImportKind);

/** The decoded file name, or null when its encoding is malformed or it breaks the character rules. */
function fileNameOf(header: string | null): string | null {
  let name: string;
  try {
    name = decodeURIComponent(header ?? "").trim();
  } catch {
    return null;
  }
  return name.length <= 255 && textProblem(name) === null && !/[\t\r\n]/.test(name) ? name : null;
}

export async function POST(request: Request): Promise<Response> {
  const refused = refuseForeignOrigin(request);
  if (refused) return refused;
  const guard = await importViewer();
  if (guard instanceof Response) return guard;
  const kind = kindSchema.safeParse(request.headers.get("x-import-kind"));
  const fileName = fileNameOf(request.headers.get("x-file-name"));
  if (fileName === null) return Response.json({ error: t("import.error.fileName") }, { status: 400 });
  const format = formatOf(fileName);
  if (!kind.success || !format || !request.body) return Response.json({ error: t("import.error.format") }, { status: 400 });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > UPLOAD_LIMIT_BYTES) return Response.json({ error: t("import.error.tooLarge", { limit: formatBytes(UPLOAD_LIMIT_BYTES) }) }, { status: 413 });
  const body = request.body;
  return progressResponse(async (send) => {
    try {
      const { runId, outcome } = await startImport(guard.viewer, guard.ip, { kind: kind.data, fileName, format, body }, (p) => send({ rows: p.rows, bytes: p.bytes }));
      return { runId, ok: outcome.ok };
    } catch (error) {
      if (error instanceof UploadTooLargeError) throw new Error(t("import.error.tooLarge", { limit: formatBytes(UPLOAD_LIMIT_BYTES) }));
      throw error;
    }
  });
}
