// One page of the dossier list, streamed below the page's heading: the rows and the links to the
// first and the next page (keyset: the next link carries the last row's cursor).
import { Pagination } from "@/components/ui/pagination";
import { can, type Viewer } from "@/lib/auth/permissions";
import { listDossiers, type DossierListFilter } from "@/lib/data/dossier-list";
import { getIntl } from "@/lib/i18n/server";
import { encodeCursor, type Cursor } from "@/lib/metrics/drill-down";
import type { LocalDate } from "@/lib/metrics/periods";
import { DossierTable } from "./dossier-table";

type Props = {
  viewer: Viewer;
  filter: DossierListFilter;
  asOf: LocalDate;
  page: number;
  cursor: Cursor | null;
  /** the list's URL at the first page, and with a cursor and page number */
  href: (at?: { cursor: string; page: number }) => string;
  /** the list's parameters for its dossiers' pages ("?period=…&status=…"): their way back here */
  detailSearch: string;
};

export async function DossierListPage({ viewer, filter, asOf, page, cursor, href, detailSearch }: Props) {
  const [{ rows, nextCursor }, { t, f }] = await Promise.all([listDossiers(viewer, filter, asOf, cursor), getIntl()]);
  return (
    <>
      <DossierTable rows={rows} showOfficials={can(viewer, "official.read")} caption={t("dossiers.list.caption", { page: f.number(page) })} testId="dossier-list" detailSearch={detailSearch} />
      <Pagination label={t("dossiers.list.pagination")} position={t("dossiers.list.page", { page: f.number(page) })}
        previous={page > 1 ? { href: href(), label: t("dossiers.list.first") } : undefined}
        next={nextCursor ? { href: href({ cursor: encodeCursor(nextCursor), page: page + 1 }), label: t("dossiers.list.next") } : undefined} />
    </>
  );
}
