// A compliance list on its page: the shared cells (./compliance-table, the same as the CSV's) as a
// table whose first cell links to the dossier or agency (TextTable: drawn on the client from the
// rows' strings, issue 19), the count, and the next page's link.
import Link from "next/link";
import { TextTable } from "@/components/ui/text-table";
import { can, type Viewer } from "@/lib/auth/permissions";
import { listComplianceDossiers, listLateAgencies, type ComplianceFilter } from "@/lib/data/dossier-compliance";
import { getIntl } from "@/lib/i18n/server";
import { encodeCursor, type Cursor } from "@/lib/metrics/drill-down";
import type { LocalDate } from "@/lib/metrics/periods";
import { packAffixes } from "@/lib/ui/compact-rows";
import { complianceSearch } from "./compliance-query";
import { agencyTable, dossierTable, type ComplianceTable } from "./compliance-table";

type Props = { viewer: Viewer; filter: ComplianceFilter; periodKey: string; asOf: LocalDate; cursor: Cursor | undefined };

export async function ComplianceList({ viewer, filter, periodKey, asOf, cursor }: Props) {
  const intl = await getIntl();
  const { t, f } = intl;
  let table: ComplianceTable;
  let next: string | null = null;
  if (filter.list === "lateAgencies") {
    table = agencyTable(await listLateAgencies(viewer, filter), filter, intl);
  } else {
    const page = await listComplianceDossiers(viewer, filter, asOf, cursor ?? null);
    table = dossierTable(page.rows, can(viewer, "official.read"), intl);
    next = page.nextCursor ? `/dossiers/compliance${complianceSearch(filter, periodKey, { cursor: encodeCursor(page.nextCursor) })}` : null;
  }
  return (
    <>
      <TextTable caption={t(`dossiers.compliance.${filter.list}`)}
        columns={table.columns.map((header, index) => ({ key: `c${index}`, header, rowHeader: index === 0, numeric: table.numeric.includes(index) }))}
        rows={table.rows.map((row) => [row.key, ...row.cells])} links={packAffixes(table.rows.map((row) => row.href))}
        empty={t("dossiers.noRows")} testId="compliance-table" />
      <p className="text-sm text-muted" data-testid="compliance-count">
        {t("dossiers.compliance.count", { count: f.number(table.rows.length) })}
      </p>
      {next ? (
        <Link href={next} rel="next" className="font-semibold text-brand-700 underline">
          {t("dossiers.list.next")}
        </Link>
      ) : null}
    </>
  );
}
