// The quarter pack as a ZIP (issue 20 item 4): the CCHC report (Word, PDF), the scorecard print,
// the workbook of the quarter's tables, each unit's approved report and manifest.json with every
// file's SHA-256. Agency staff get their own unit's pack. `?period=2024-Q2` (default: the latest
// opened reporting period, as the review board).
import { fileExport } from "@/lib/api/file-export";
import { EXPORT_FILES_HEADER } from "@/lib/export/progress";
import { buildQuarterPack } from "@/lib/api/quarter-pack";
import { listPeriods } from "@/lib/data/province/periods";
import { safeFileName } from "@/lib/export/file-name";
import { packZip, ZIP_CONTENT_TYPE } from "@/lib/export/pack/quarter-pack";
import { reportBoardParams } from "@/lib/validations/reports";
import { keyOf, selectPeriod } from "../periods";

export const dynamic = "force-dynamic";

export const GET = fileExport({
  context: "quarter-pack",
  schema: reportBoardParams,
  load: async ({ viewer, user, span, params, signal, t, f }) => {
    const now = new Date();
    const selected = selectPeriod(await listPeriods(), params.period, now);
    if (!selected) return null;
    const pack = await buildQuarterPack(viewer, user, selected, span.asOf, now, { t, f }, signal);
    if (!pack) return null;
    const key = keyOf(selected);
    return {
      name: `${safeFileName(`bo-ho-so-cchc-${key}${pack.unitId ? `-${pack.unitId}` : ""}`)}.zip`,
      contentType: ZIP_CONTENT_TYPE,
      body: packZip(pack.files, pack.meta, signal),
      // the page's progress shows the files of the pack (the ZIP's length is known only at its end)
      headers: { [EXPORT_FILES_HEADER]: String(pack.fileCount + 1) },
      audit: { what: "quarter-pack", format: "zip", rows: pack.fileCount, agencyId: pack.unitId, filters: { period: key } },
    };
  },
});
