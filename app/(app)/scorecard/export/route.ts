// The scorecard as a workbook: its headline figures against the previous period and a year
// earlier, the whole league table (the page and the print show its top and bottom), the approved
// report totals of a quarter, the indices and the charts' months as tables.
import { scorecardContent } from "@/components/scorecard/scorecard-xlsx";
import { loadScorecard } from "@/lib/api/scorecard-data";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { scorecardParams } from "@/lib/validations/scorecard";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  schema: scorecardParams,
  load: async ({ viewer, params, t, f }) => {
    const data = await loadScorecard(viewer, params, { t, f });
    return data ? scorecardContent(data, params.sort, { t, f }) : null;
  },
});
