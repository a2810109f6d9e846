// Which schema reads which page's URL: the table proxy.ts consults to refuse bad parameters with
// a 400 before a page renders (lib/http/bad-parameters.ts). Each page parses the same schema
// itself with parseSearchParams; a unit test checks that every page that reads `searchParams`
// has its row here.
import type { z } from "zod";
import { assessmentBoardParams, rankingBoardParams } from "@/lib/validations/assessments";
import {
  complianceParams,
  dossierListParams,
  drillParams,
  flagListParams,
  heatMapParams,
  provinceDrillParams,
} from "@/lib/validations/dossier-params";
import { indexYearParams } from "@/lib/validations/indices";
import { appliedParams, newReorganisationParams, unitListParams } from "@/lib/validations/reorganisations";
import { reportBoardParams, reportDocumentParams } from "@/lib/validations/reports";
import { scorecardParams } from "@/lib/validations/scorecard";
import { serviceIndexParams } from "@/lib/validations/service-index";
import type { DataSpan } from "@/lib/validations/search-params";
import { savedParams, staffingParams } from "@/lib/validations/staffing";
import { tasksParams } from "@/lib/validations/tasks";
import { userListParams } from "@/lib/validations/users";
import { unsubscribeParams } from "@/lib/validations/notifications";

type PageParams = { path: RegExp; schema: (span: DataSpan) => z.ZodType };

const SEGMENT = "[^/]+";

export const PAGE_PARAMS: readonly PageParams[] = [
  { path: /^\/scorecard(?:\/export|\/print)?$/, schema: scorecardParams },
  { path: /^\/unsubscribe$/, schema: unsubscribeParams },
  { path: /^\/tasks(?:\/export)?$/, schema: tasksParams },
  { path: /^\/dossiers(?:\/export)?$/, schema: provinceDrillParams },
  { path: new RegExp(`^/dossiers/agencies/${SEGMENT}(?:/officials|/export|/procedures(?:/${SEGMENT})?|/fields/${SEGMENT})?$`), schema: (span) => drillParams(span) },
  { path: /^\/dossiers\/list(?:\/export)?$/, schema: dossierListParams },
  // one dossier keeps the list's parameters it was opened from (period, drill path, filters)
  { path: /^\/dossiers\/\d+$/, schema: dossierListParams },
  { path: /^\/dossiers\/compliance(?:\/export)?$/, schema: complianceParams },
  { path: /^\/dossiers\/heatmap$/, schema: heatMapParams },
  { path: /^\/dossiers\/flags$/, schema: flagListParams },
  { path: /^\/staffing(?:\/report|\/export)?$/, schema: staffingParams },
  { path: new RegExp(`^/staffing/decisions/${SEGMENT}$`), schema: savedParams },
  { path: new RegExp(`^/indices/${SEGMENT}(?:/edit)?$`), schema: indexYearParams },
  { path: new RegExp(`^/service-index(?:/${SEGMENT})?$`), schema: serviceIndexParams },
  { path: /^\/assessments(?:\/export)?$/, schema: rankingBoardParams },
  { path: /^\/assessments\/entry$/, schema: assessmentBoardParams },
  { path: /^\/reports(?:\/approved)?(?:\/export)?$|^\/reports\/pack$/, schema: reportBoardParams },
  { path: /^\/reports\/document$/, schema: reportDocumentParams },
  { path: /^\/admin\/users$/, schema: userListParams },
  { path: /^\/admin\/agencies$/, schema: unitListParams },
  { path: /^\/admin\/reorganisations\/new$/, schema: newReorganisationParams },
  { path: new RegExp(`^/admin/reorganisations/${SEGMENT}$`), schema: appliedParams },
];

/** The schema of the page at `pathname`, or undefined for a page that reads no parameters. */
export function pageParamsSchema(pathname: string): PageParams["schema"] | undefined {
  return PAGE_PARAMS.find((page) => page.path.test(pathname))?.schema;
}
