// One agency's quarterly report as a workbook: every value beside the previous quarter's, with its
// evidence, and the report's history (every step and value change). Another agency's report is
// "not found" for agency staff, as on the page.
import { reportValuesContent } from "@/lib/api/report-values";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { quarterOf } from "@/lib/metrics/periods";
import { reportQuarterParam } from "@/lib/validations/reports";
import { idParam } from "@/lib/validations/search-params";

export const dynamic = "force-dynamic";

export const GET = xlsxExport({
  need: "agency.read",
  load: async ({ viewer, span, segments, t, f }) => {
    const quarter = reportQuarterParam(span).safeParse(segments.period);
    const agencyId = idParam().safeParse(segments.agencyId);
    if (!quarter.success || !agencyId.success) return null;
    const { year, quarter: q } = quarterOf(quarter.data.from);
    return reportValuesContent(viewer, agencyId.data, year, q, new Date(), { t, f });
  },
});
