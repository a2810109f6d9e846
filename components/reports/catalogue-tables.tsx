// The indicator catalogue and its validation rules as tables (Home Affairs' catalogue page).
import { useTranslations } from "next-intl";
import { Table, type Column } from "@/components/ui/table";
import { localName } from "@/lib/i18n/locale";
import { useFormat } from "@/lib/i18n/use-format";
import type { Intl as IntlText, Translator } from "@/lib/i18n/translator";
import { operatorSign } from "./operators";
import type { CatalogueIndicator, CatalogueRule } from "@/lib/data/province/indicators";

const bounds = (min: number | null, max: number | null) => (min === null && max === null ? "" : `${min ?? "…"} – ${max ?? "…"}`);

function sourceOf(i: CatalogueIndicator, t: Translator): string {
  if (i.prefill) return t(`reports.source.${i.prefill}`);
  if (i.numerator && i.denominator) return `${t("indicators.computed")}: ${i.numerator.code} ÷ ${i.denominator.code}`;
  return t("indicators.typed");
}

function indicatorColumns(t: Translator): Column<CatalogueIndicator>[] {
  return [
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
      cell: (i) => (i.toYear === null ? t("indicators.yearsFrom", { from: String(i.fromYear) }) : t("indicators.yearsRange", { from: String(i.fromYear), to: String(i.toYear) })),
    },
    { key: "source", header: t("indicators.col.source"), cell: (i) => sourceOf(i, t) },
  ];
}

export function IndicatorTable({ indicators }: { indicators: CatalogueIndicator[] }) {
  const t = useTranslations();
  return (
    <Table caption={t("indicators.caption")} captionVisible columns={indicatorColumns(t)} rows={indicators} rowKey={(i) => i.id} rowProps={(i) => ({ "data-indicator": i.code })} />
  );
}

function ruleText(r: CatalogueRule, { t, f }: IntlText): string {
  if (r.kind === "PERCENT") {
    return t("indicators.rules.percent", {
      left: r.leftCodes.join(" + "), right: r.rightCodes.join(" + "), denominator: r.denominatorCodes.join(" + "),
      tolerance: f.upTo(r.tolerance, 3),
    });
  }
  return `${r.leftCodes.join(" + ")} ${operatorSign(r.operator)} ${r.rightCodes.join(" + ")}`;
}

function ruleColumns(intl: IntlText): Column<CatalogueRule>[] {
  const { t } = intl;
  return [
    { key: "code", header: t("indicators.col.code"), rowHeader: true, className: "font-mono", cell: (r) => r.code },
    { key: "rule", header: t("indicators.rules.col.rule"), className: "font-mono", cell: (r) => ruleText(r, intl) },
    { key: "importance", header: t("indicators.rules.col.importance"), cell: (r) => t(`indicators.rules.importance.${r.importance}`) },
    // the rule's message is written by Home Affairs: in English too when it gave one
    { key: "message", header: t("indicators.rules.col.message"), cell: (r) => localName(intl.f.locale, { name: r.message, nameEn: r.messageEn }) },
  ];
}

export function RuleTable({ rules }: { rules: CatalogueRule[] }) {
  const t = useTranslations();
  const f = useFormat();
  return <Table caption={t("indicators.rules.caption")} captionVisible columns={ruleColumns({ t, f })} rows={rules} rowKey={(r) => r.id} rowProps={(r) => ({ "data-rule": r.code })} />;
}
