// Upload of an import file (the raw body, streamed to disk) and its dry run, with progress as
// NDJSON. Headers: x-import-kind (DOSSIER | TASK | PROCEDURE), x-file-name (URI-encoded; a
// malformed encoding or a control character in the name is refused with 400). Refusals before the
// stream starts are JSON { code, message } (lib/api/errors.ts); this route's own refusals and the
// import's (the stream's error line too) are in the uploader's language (the upload form shows
// them as they are).
import { z } from "zod";
import { ImportKind } from "@/lib/generated/prisma/enums";
import { sessionViewer } from "@/lib/api/session-guard";
import { refuseForeignOrigin } from "@/lib/api/same-origin";
import { progressResponse } from "@/lib/api/progress-stream";
import { ApiError, withApiErrors } from "@/lib/api/errors";
import { importsFor } from "@/lib/data/imports/runs";
import { formatOf } from "@/lib/import/source";
import { UPLOAD_LIMIT_BYTES } from "@/lib/import/files";
import { getIntl } from "@/lib/i18n/server";
import { textProblem } from "@/lib/validations/input";

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

export const POST = withApiErrors("POST /api/imports", async (request: Request): Promise<Response> => {
  const refused = refuseForeignOrigin(request);
  if (refused) return refused;
  const [{ viewer, ip }, { t, f, locale }] = await Promise.all([sessionViewer(), getIntl()]);
  const importer = importsFor(viewer, ip, { locale, f });
  const kind = kindSchema.safeParse(request.headers.get("x-import-kind"));
  const fileName = fileNameOf(request.headers.get("x-file-name"));
  if (fileName === null) throw new ApiError("BAD_REQUEST", t("import.error.fileName"));
  const format = formatOf(fileName);
  if (!kind.success || !format || !request.body) throw new ApiError("BAD_REQUEST", t("import.error.format"));
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > UPLOAD_LIMIT_BYTES) throw new ApiError("PAYLOAD_TOO_LARGE", t("import.error.tooLarge", { limit: f.bytes(UPLOAD_LIMIT_BYTES) }));
  const body = request.body;
  return progressResponse("upload", async (send) => {
    const { runId, outcome } = await importer.start({ kind: kind.data, fileName, format, body }, (p) => send({ rows: p.rows, bytes: p.bytes }));
    return { runId, ok: outcome.ok };
  }, locale);
});
