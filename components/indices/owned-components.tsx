// "The components you answer for, and how they moved": on an agency's page.
import { useLocale, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { OwnedComponent } from "@/lib/data/index-detail";
import { localName } from "@/lib/i18n/locale";
import { useFormat } from "@/lib/i18n/use-format";
import { roundTo } from "@/lib/metrics/indices";
import { changeText } from "./display";

export function OwnedComponents({ rows }: { rows: OwnedComponent[] }) {
  const t = useTranslations();
  const f = useFormat();
  const locale = useLocale();
  if (rows.length === 0) return <EmptyState>{t("indices.agency.none")}</EmptyState>;
  const columns: Column<OwnedComponent>[] = [
    { key: "component", header: t("indices.col.component"), rowHeader: true, cell: (r) => localName(locale, { name: r.componentName, nameEn: r.componentNameEn }) },
    {
      key: "index",
      header: t("indices.col.index"),
      cell: (r) => <CellLink href={`/indices/${r.indexCode}`}>{localName(locale, { name: r.indexName, nameEn: r.indexNameEn })}</CellLink>,
    },
    { key: "role", header: t("indices.field.role"), cell: (r) => t(`indices.role.${r.role}`) },
    {
      key: "latest",
      header: t("indices.agency.latest"),
      numeric: true,
      cell: (r) => (r.latest ? `${f.score(r.latest.score)}/${f.score(r.maxScore)} (${r.latest.year})` : t("indices.agency.noScore")),
    },
    {
      key: "movement",
      header: t("indices.agency.movement"),
      numeric: true,
      cell: (r) => (r.latest ? changeText(r.previous ? roundTo(r.latest.score - r.previous.score, 4) : null, { t, f }) : ""),
    },
  ];
  return (
    <Table caption={t("indices.agency.caption")} columns={columns} rows={rows} rowKey={(r) => `${r.indexCode}-${r.componentCode}`}
      rowProps={(r) => ({ "data-testid": `owned-${r.indexCode}-${r.componentCode}` })} testId="owned-components" />
  );
}
