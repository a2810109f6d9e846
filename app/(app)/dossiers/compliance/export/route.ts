// A compliance list as CSV (UTF-8 with BOM for Excel), its filters in the header lines. A route
// handler is not behind the page's checks: it reads the session and the viewer's scope itself.
import { NextResponse } from "next/server";
import { agencyTable, complianceHeader, dossierTable, type ComplianceTable } from "@/components/dossiers/compliance-table";
import { complianceQuery } from "@/components/dossiers/compliance-query";
import { can, readableAgencies, toViewer } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { getDataAsOf } from "@/lib/data/as-of";
import { listAllComplianceDossiers, listLateAgencies } from "@/lib/data/dossier-compliance";
import { buildCsv } from "@/lib/export/csv";
import { t } from "@/lib/i18n";
import { formatLocalDate } from "@/lib/i18n/format";
import { periodKey } from "@/lib/metrics/periods";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return NextResponse.redirect(new URL("/sign-in", request.url));
  const viewer = toViewer(user);
  if (user.mustChangePassword || readableAgencies(viewer) === "none") {
    return new NextResponse(t("action.forbidden"), { status: 403 });
  }
  const asOf = await getDataAsOf();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = await complianceQuery(viewer, params, asOf);
  if (!parsed) return new NextResponse(t("notFound.heading"), { status: 404 });
  const { filter, agency } = parsed;
  const table: ComplianceTable =
    filter.list === "lateAgencies"
      ? agencyTable(await listLateAgencies(viewer, filter), filter)
      : dossierTable(await listAllComplianceDossiers(viewer, filter, asOf), can(viewer, "official.read"));
  const csv = buildCsv(
    complianceHeader(filter, agency?.name ?? null, formatLocalDate(asOf)),
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
