// A compliance list as CSV (UTF-8 with BOM for Excel), its filters in the header lines, or with
// ?format=xlsx as a workbook. A route
// handler is not behind the page's checks: it reads the session, the viewer's scope and its
// parameters itself (a bad one is a 400 with the reasons, before anything is read).
import { NextResponse } from "next/server";
import { agencyTable, complianceDossierXlsx, complianceHeader, dossierTable, lateAgenciesXlsx, type ComplianceTable } from "@/components/dossiers/compliance-table";
import { xlsxExport } from "@/lib/api/xlsx-export";
import { complianceQuery } from "@/components/dossiers/compliance-query";
import { can, readableAgencies, toViewer } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { listAllComplianceDossiers, listLateAgencies, ruleYear, streamComplianceDossiers } from "@/lib/data/dossier-compliance";
import { getDataSpan } from "@/lib/data/province/settings";
import { buildCsv } from "@/lib/export/csv";
import { sheet } from "@/lib/export/xlsx/columns";
import { baseFilters, dossierDefinitions } from "@/lib/export/xlsx/notes";
import { getIntl } from "@/lib/i18n/server";
import { periodKey } from "@/lib/metrics/periods";
import { complianceParams } from "@/lib/validations/dossier-params";
import { readSearchParams } from "@/lib/validations/search-params";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new NextResponse(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The same list as a workbook (`?format=xlsx`): typed cells, every row streamed. */
const xlsx = xlsxExport({
  schema: complianceParams,
  need: "agency.read",
  load: async ({ viewer, span, params }) => {
    const [parsed, { t, f }] = await Promise.all([complianceQuery(viewer, params), getIntl()]);
    if (!parsed) return null;
    const { filter, agency } = parsed;
    const shown = f.period(filter.list === "lateAgencies" ? ruleYear(filter.period) : filter.period);
    const unit = agency?.name ?? t("export.unit.province");
    const name = t(`dossiers.compliance.${filter.list}`);
    return {
      what: `compliance-${filter.list}`,
      fileSuffix: `${periodKey(filter.period)}${agency ? `-${agency.id}` : ""}`,
      agencyId: agency?.id ?? null,
      title: { title: name, unit, period: shown },
      sheets: [
        filter.list === "lateAgencies"
          ? sheet(name, lateAgenciesXlsx(t), await listLateAgencies(viewer, filter))
          : sheet(name, complianceDossierXlsx(t, can(viewer, "official.read")), streamComplianceDossiers(viewer, filter, span.asOf)),
      ],
      notes: { filters: baseFilters(t, shown, unit, [[t("dossiers.compliance.csv.list"), name]]), definitions: dossierDefinitions(t) },
    };
  },
});

export async function GET(request: Request): Promise<Response> {
  if (new URL(request.url).searchParams.get("format") === "xlsx") return xlsx(request);
  const [user, intl] = await Promise.all([getSessionUser(), getIntl()]);
  const { t, f } = intl;
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
      ? agencyTable(await listLateAgencies(viewer, filter), filter, intl)
      : dossierTable(await listAllComplianceDossiers(viewer, filter, span.asOf), can(viewer, "official.read"), intl);
  const csv = buildCsv(
    complianceHeader(filter, agency?.name ?? null, f.localDate(span.asOf), intl),
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
