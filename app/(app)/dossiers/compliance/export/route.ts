// A compliance list as CSV (UTF-8 with BOM for Excel), its filters in the header lines. A route
// handler is not behind the page's checks: it reads the session, the viewer's scope and its
// parameters itself (a bad one is a 400 with the reasons, before anything is read).
import { NextResponse } from "next/server";
import { agencyTable, complianceHeader, dossierTable, type ComplianceTable } from "@/components/dossiers/compliance-table";
import { complianceQuery } from "@/components/dossiers/compliance-query";
import { can, readableAgencies, toViewer } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { listAllComplianceDossiers, listLateAgencies } from "@/lib/data/dossier-compliance";
import { getDataSpan } from "@/lib/data/province/settings";
import { buildCsv } from "@/lib/export/csv";
import { t } from "@/lib/i18n";
import { formatLocalDate } from "@/lib/i18n/format";
import { periodKey } from "@/lib/metrics/periods";
import { complianceParams } from "@/lib/validations/dossier-params";
import { readSearchParams } from "@/lib/validations/search-params";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new NextResponse(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(request: Request): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return NextResponse.redirect(new URL("/sign-in", request.url));
  const viewer = toViewer(user);
  if (user.mustChangePassword || readableAgencies(viewer) === "none") return text(t("action.forbidden"), 403);
  const span = await getDataSpan();
  const params = readSearchParams(complianceParams(span), new URL(request.url).searchParams);
  if (!params.ok) return text([t("params.heading"), ...params.messages].join("\n"), 400);
  const parsed = await complianceQuery(viewer, params.data);
  if (!parsed) return text(t("notFound.heading"), 404);
  const { filter, agency } = parsed;
  const table: ComplianceTable =
    filter.list === "lateAgencies"
      ? agencyTable(await listLateAgencies(viewer, filter), filter)
      : dossierTable(await listAllComplianceDossiers(viewer, filter, span.asOf), can(viewer, "official.read"));
  const csv = buildCsv(
    complianceHeader(filter, agency?.name ?? null, formatLocalDate(span.asOf)),
    table.columns,
    table.rows.map((row) => row.cells),
  );
  const name = `${filter.list}-${periodKey(filter.period)}${agency ? `-${agency.id}` : ""}.csv`;
  return new NextResponse(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    },
  });
}
