// The scorecard's print as a PDF (issue 20 item 3): at most four A4 pages, the print date and the
// data's day on every page, from the same figures and columns as the page and its workbook.
import { scorecardPrint } from "@/components/scorecard/scorecard-print";
import { fileExport } from "@/lib/api/file-export";
import { loadScorecard } from "@/lib/api/scorecard-data";
import { getProvinceSetting } from "@/lib/data/province/settings";
import { safeFileName } from "@/lib/export/file-name";
import { PDF_CONTENT_TYPE } from "@/lib/export/pdf/document";
import { scorecardPdf } from "@/lib/export/pdf/scorecard";
import { periodKey } from "@/lib/metrics/periods";
import { scorecardParams } from "@/lib/validations/scorecard";

export const dynamic = "force-dynamic";

export const GET = fileExport({
  context: "scorecard-print",
  schema: scorecardParams,
  need: "scorecard.read",
  load: async ({ viewer, span, params, t, f }) => {
    const [data, province] = await Promise.all([loadScorecard(viewer, params, { t, f }), getProvinceSetting()]);
    if (!data) return null;
    const { body } = await scorecardPdf(scorecardPrint(data, { province: province.name, dataAsOf: f.localDate(span.asOf), printedAt: new Date() }, { t, f }));
    return { name: `${safeFileName(`bang-diem-${periodKey(params.period)}`)}.pdf`, contentType: PDF_CONTENT_TYPE, body, audit: { what: "scorecard-print", format: "pdf", filters: { period: periodKey(params.period) } } };
  },
});
