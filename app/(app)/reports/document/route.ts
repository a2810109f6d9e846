// The quarterly or yearly CCHC report as a Word document (issue 20 item 2): the province's, issued
// by Home Affairs, or one agency's (`?agency=`; agency staff always get their own agency's). Read
// through lib/data with the viewer's scope, audited, written in the form of Nghị định 30/2020.
import { NextResponse } from "next/server";
import { loadReportInput } from "@/lib/api/report-document";
import { safeFileName } from "@/lib/api/xlsx-export";
import { clientIp } from "@/lib/auth/client-ip";
import { readableAgencies } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { getDataSpan } from "@/lib/data/province/settings";
import { recordExport } from "@/lib/data/exports";
import { cchcReportDocx, DOCX_CONTENT_TYPE } from "@/lib/export/docx/cchc-report";
import { buildCchcReport } from "@/lib/export/report/content";
import { t } from "@/lib/i18n";
import { periodKey } from "@/lib/metrics/periods";
import { reportDocumentParams } from "@/lib/validations/reports";
import { readSearchParams } from "@/lib/validations/search-params";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new NextResponse(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(request: Request): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return NextResponse.redirect(new URL("/sign-in", request.url));
  const viewer = { userId: user.userId, role: user.role, agencyId: user.agencyId };
  if (user.mustChangePassword) return text(t("action.forbidden"), 403);
  if (readableAgencies(viewer) === "none") return text(t("notFound.heading"), 404);
  const span = await getDataSpan();
  const search = new URL(request.url).searchParams;
  const params = readSearchParams(reportDocumentParams(span), search);
  if (!params.ok) return text([t("params.heading"), ...params.messages].join("\n"), 400);
  const now = new Date();
  const target = await loadReportInput(viewer, params.data, span.asOf, now);
  if (!target) return text(t("notFound.heading"), 404);
  await recordExport(viewer, {
    what: "cchc-report",
    format: "docx",
    filters: { ...Object.fromEntries(search), period: periodKey(params.data.period), ...(target.unit ? { agency: String(target.unit.id) } : {}) },
    agencyId: target.unit?.id ?? null,
    ip: clientIp((name) => request.headers.get(name)),
  });
  const body = await cchcReportDocx(buildCchcReport(target.input));
  const name = safeFileName(`bao-cao-cchc-${periodKey(params.data.period)}${target.unit ? `-${target.unit.code}` : ""}`);
  return new NextResponse(new Uint8Array(body), {
    headers: { "content-type": DOCX_CONTENT_TYPE, "content-disposition": `attachment; filename="${name}.docx"`, "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}
