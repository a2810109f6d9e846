// The units of the province through their history (issue 15): validity, parent, kind, who carries
// an ended unit today, active accounts, and the links to correct or close a unit. Every cell is
// formatted here and drawn on the client from compact rows (./unit-rows, issue 19).
import type { AdminUnitRow } from "@/lib/data/reorganisations";
import { useTranslations } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import { useFormat } from "@/lib/i18n/use-format";
import { UnitRows, type UnitCells } from "./unit-rows";

function cells(row: AdminUnitRow, t: Translator, f: LocaleFormat): UnitCells {
  const succession =
    row.validTo === null
      ? row.predecessors > 0 ? t("org.admin.carries", { count: row.predecessors }) : ""
      : row.carriedBy.length === 0
        ? t("org.history.noSuccessor")
        : row.carriedBy.map((c) => `${c.name}${c.share < 1 ? ` (${f.percent(c.share, 1)})` : ""}`).join(", ");
  return [
    String(row.id),
    row.code,
    row.name,
    `${row.code}${row.synthetic ? ` · ${t("org.admin.synthetic")}` : ""}`,
    t(`agency.kind.${row.kind}`),
    row.parentName ?? "—",
    row.validTo === null
      ? t("agency.validFrom", { from: f.localDate(row.validFrom) })
      : t("agency.validRange", { from: f.localDate(row.validFrom), to: f.localDate(row.validTo) }),
    succession,
    f.number(row.users),
    row.validTo === null ? "1" : "",
  ];
}

export function UnitsTable({ rows }: { rows: AdminUnitRow[] }) {
  const t = useTranslations();
  const f = useFormat();
  const headers = {
    unit: t("org.admin.col.unit"), kind: t("agency.kindLabel"), parent: t("agency.parent"), validity: t("agency.validity"),
    succession: t("org.admin.col.succession"), users: t("org.admin.col.users"), actions: t("org.admin.col.actions"),
  };
  return (
    <UnitRows caption={t("org.admin.caption")} headers={headers} rows={rows.map((row) => cells(row, t, f))}
      words={{ edit: t("org.admin.edit"), close: t("org.admin.close") }} empty={t("org.admin.none")} />
  );
}
