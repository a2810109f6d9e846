// The quarterly or yearly CCHC report as a Word document (`?format=docx`, the default: officials
// edit it before signing) or a PDF (`?format=pdf`: the file sent and archived), issue 20 item 2:
// the province's, issued by Home Affairs, or one agency's (`?agency=`; agency staff always get their
// own agency's). Read through lib/data with the viewer's scope, audited, in the form of Nghị định 30/2020.
import { fileExport } from "@/lib/api/file-export";
import { reportFile } from "@/lib/api/report-document";
import { periodKey } from "@/lib/metrics/periods";
import { reportDocumentParams } from "@/lib/validations/reports";

export const dynamic = "force-dynamic";

export const GET = fileExport({
  context: "report-document",
  schema: reportDocumentParams,
  load: async ({ viewer, span, params, t, f }) => {
    const file = await reportFile(viewer, params, span.asOf, new Date(), { t, f });
    if (!file) return null;
    return {
      ...file,
      audit: { what: "cchc-report", format: params.format, agencyId: file.unit?.id ?? null, filters: { period: periodKey(params.period), ...(file.unit ? { agency: String(file.unit.id) } : {}) } },
    };
  },
});
