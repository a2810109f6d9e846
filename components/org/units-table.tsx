// The units of the province through their history (issue 15): validity, parent, kind, who carries
// an ended unit today, active accounts, and the links to correct or close a unit.
import Link from "next/link";
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { AdminUnitRow } from "@/lib/data/reorganisations";
import { useTranslations } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import { useFormat } from "@/lib/i18n/use-format";

function columns(t: Translator, f: LocaleFormat): Column<AdminUnitRow>[] {
  return [
    {
      key: "unit",
      header: t("org.admin.col.unit"),
      rowHeader: true,
      cell: (row) => (
        <>
          <CellLink href={`/agencies/${row.id}`}>{row.name}</CellLink>
          <span className="block text-xs font-normal text-muted">{row.code}{row.synthetic ? ` · ${t("org.admin.synthetic")}` : ""}</span>
        </>
      ),
    },
    { key: "kind", header: t("agency.kindLabel"), cell: (row) => t(`agency.kind.${row.kind}`) },
    { key: "parent", header: t("agency.parent"), cell: (row) => row.parentName ?? "—" },
    {
      key: "validity",
      header: t("agency.validity"),
      className: "whitespace-nowrap",
      cell: (row) =>
        row.validTo === null
          ? t("agency.validFrom", { from: f.localDate(row.validFrom) })
          : t("agency.validRange", { from: f.localDate(row.validFrom), to: f.localDate(row.validTo) }),
    },
    {
      key: "succession",
      header: t("org.admin.col.succession"),
      className: "text-xs",
      cell: (row) =>
        row.validTo === null
          ? row.predecessors > 0 ? t("org.admin.carries", { count: row.predecessors }) : ""
          : row.carriedBy.length === 0
            ? t("org.history.noSuccessor")
            : row.carriedBy.map((c) => `${c.name}${c.share < 1 ? ` (${f.percent(c.share, 1)})` : ""}`).join(", "),
    },
    { key: "users", header: t("org.admin.col.users"), numeric: true, cell: (row) => f.number(row.users) },
    {
      key: "actions",
      header: t("org.admin.col.actions"),
      headerHidden: true,
      className: "whitespace-nowrap text-xs",
      cell: (row) => (
        <>
          <CellLink href={`/admin/agencies/${row.id}`}>{t("org.admin.edit")}</CellLink>
          {row.validTo === null ? (
            <>
              {" · "}
              <Link href={`/admin/reorganisations/new?close=${row.id}`} className="text-brand-700 underline" data-testid={`close-${row.code}`}>{t("org.admin.close")}</Link>
            </>
          ) : null}
        </>
      ),
    },
  ];
}

export function UnitsTable({ rows }: { rows: AdminUnitRow[] }) {
  const t = useTranslations();
  const f = useFormat();
  return (
    <Table caption={t("org.admin.caption")} columns={columns(t, f)} rows={rows} rowKey={(row) => row.id}
      rowProps={(row) => ({ "data-testid": `unit-row-${row.code}` })} empty={t("org.admin.none")} maxHeight="max-h-[40rem]" testId="units-table" />
  );
}
