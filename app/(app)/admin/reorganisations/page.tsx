// The recorded reorganisation acts (issue 15), newest effective first. Gate: ./layout.tsx.
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { CellLink, Table, type Column } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/page-access";
import { listReorganisations } from "@/lib/data/reorganisations";
import { getIntl, type RequestIntl } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("org.acts.title") };
}
export const dynamic = "force-dynamic";

type Act = Awaited<ReturnType<typeof listReorganisations>>[number];

function columns({ t, f }: RequestIntl): Column<Act>[] {
  return [
    {
      key: "act",
      header: t("org.acts.col.act"),
      rowHeader: true,
      cell: (act) => (
        <>
          <CellLink href={`/admin/reorganisations/${act.id}`}>{act.actNumber}</CellLink>
          <span className="block text-xs font-normal text-muted">{act.title} — {act.issuer}, {f.localDate(act.actDate)}</span>
          {act.synthetic ? <span className="block text-xs font-normal text-accent-700">{t("org.acts.synthetic")}</span> : null}
        </>
      ),
    },
    { key: "effective", header: t("org.acts.col.effective"), className: "whitespace-nowrap", cell: (act) => f.localDate(act.effectiveOn) },
    { key: "lines", header: t("org.acts.col.lines"), numeric: true, cell: (act) => f.number(act.lines) },
  ];
}

export default async function ReorganisationsPage() {
  const [acts, intl] = await Promise.all([requirePermission("agency.manage").then(listReorganisations), getIntl()]);
  const { t } = intl;
  return (
    <div className="space-y-6">
      <PageHeader title={t("org.acts.title")} intro={t("org.acts.intro")}
        actions={<ButtonLink href="/admin/reorganisations/new" primary>{t("org.admin.newReorganisation")}</ButtonLink>} />
      <Table caption={t("org.acts.caption")} columns={columns(intl)} rows={acts} rowKey={(act) => act.id}
        rowProps={(act) => ({ "data-testid": `act-row-${act.id}` })} empty={t("org.acts.none")} testId="acts-table" />
    </div>
  );
}
