// The indicator catalogue and its validation rules as tables (Home Affairs' catalogue page).
import { Table, type Column } from "@/components/ui/table";
import { t } from "@/lib/i18n";
import { operatorSign } from "./operators";
import type { CatalogueIndicator, CatalogueRule } from "@/lib/data/province/indicators";

const bounds = (min: number | null, max: number | null) => (min === null && max === null ? "" : `${min ?? "…"} – ${max ?? "…"}`);

function sourceOf(i: CatalogueIndicator): string {
  if (i.prefill) return t(`reports.source.${i.prefill}`);
  if (i.numerator && i.denominator) return `${t("indicators.computed")}: ${i.numerator.code} ÷ ${i.denominator.code}`;
  return t("indicators.typed");
}

const INDICATOR_COLUMNS: Column<CatalogueIndicator>[] = [
  { key: "code", header: t("indicators.col.code"), className: "font-mono", cell: (i) => i.code },
  {
    key: "name",
    header: t("indicators.col.name"),
    rowHeader: true,
    cell: (i) => (
      <>
        {i.nameVi}
        <span className="block text-xs font-normal text-muted">{i.nameEn}</span>
      </>
    ),
  },
  { key: "area", header: t("indicators.col.area"), cell: (i) => t(`reports.area.${i.area}`) },
  { key: "unit", header: t("indicators.col.unit"), cell: (i) => t(`reports.unit.${i.unit}`) },
  { key: "bounds", header: t("indicators.col.bounds"), cell: (i) => bounds(i.minValue, i.maxValue) },
  { key: "required", header: t("indicators.col.required"), cell: (i) => t(i.required ? "indicators.yes" : "indicators.no") },
  {
    key: "years",
    header: t("indicators.col.years"),
    cell: (i) => (i.toYear === null ? t("indicators.yearsFrom", { from: i.fromYear }) : t("indicators.yearsRange", { from: i.fromYear, to: i.toYear })),
  },
  { key: "source", header: t("indicators.col.source"), cell: sourceOf },
];

export function IndicatorTable({ indicators }: { indicators: CatalogueIndicator[] }) {
  return (
    <Table caption={t("indicators.caption")} captionVisible columns={INDICATOR_COLUMNS} rows={indicators} rowKey={(i) => i.id} rowProps={(i) => ({ "data-indicator": i.code })} />
  );
}

function ruleText(r: CatalogueRule): string {
  if (r.kind === "PERCENT") {
    return t("indicators.rules.percent", {
      left: r.leftCodes.join(" + "), right: r.rightCodes.join(" + "), denominator: r.denominatorCodes.join(" + "),
      tolerance: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 }).format(r.tolerance),
    });
  }
  return `${r.leftCodes.join(" + ")} ${operatorSign(r.operator)} ${r.rightCodes.join(" + ")}`;
}

const RULE_COLUMNS: Column<CatalogueRule>[] = [
  { key: "code", header: t("indicators.col.code"), rowHeader: true, className: "font-mono", cell: (r) => r.code },
  { key: "rule", header: t("indicators.rules.col.rule"), className: "font-mono", cell: ruleText },
  { key: "importance", header: t("indicators.rules.col.importance"), cell: (r) => t(`indicators.rules.importance.${r.importance}`) },
  { key: "message", header: t("indicators.rules.col.message"), cell: (r) => r.message },
];

export function RuleTable({ rules }: { rules: CatalogueRule[] }) {
  return <Table caption={t("indicators.rules.caption")} captionVisible columns={RULE_COLUMNS} rows={rules} rowKey={(r) => r.id} rowProps={(r) => ({ "data-rule": r.code })} />;
}
