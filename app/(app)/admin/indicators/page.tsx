// The indicator catalogue and its validation rules (Home Affairs).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IndicatorForm, RuleForm } from "@/components/reports/catalogue-forms";
import { operatorSign } from "@/components/reports/operator-sign";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listIndicators, listRules } from "@/lib/data/reports/catalogue";
import { t } from "@/lib/i18n";
import { saveIndicator, saveRule } from "./actions";

export const metadata: Metadata = { title: t("indicators.title") };

const cell = "px-3 py-2";

export default async function IndicatorsPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "indicator.manage")) notFound();
  const [indicators, rules] = await Promise.all([listIndicators(), listRules()]);
  const bounds = (min: number | null, max: number | null) => (min === null && max === null ? "" : `${min ?? "…"} – ${max ?? "…"}`);
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("indicators.heading")}</h1>
        <p>{t("indicators.intro")}</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
        <table className="min-w-full text-sm">
          <caption className="px-3 py-2 text-left font-semibold text-brand-900">{t("indicators.caption")}</caption>
          <thead className="bg-brand-50 text-left text-brand-900">
            <tr>
              {(["code", "name", "area", "unit", "bounds", "required", "years", "source"] as const).map((col) => (
                <th key={col} scope="col" className={cell}>{t(`indicators.col.${col}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {indicators.map((i) => (
              <tr key={i.id} data-indicator={i.code}>
                <td className={`${cell} font-mono`}>{i.code}</td>
                <th scope="row" className={`${cell} text-left font-medium`}>{i.nameVi}<span className="block text-xs font-normal text-muted">{i.nameEn}</span></th>
                <td className={cell}>{t(`reports.area.${i.area}`)}</td>
                <td className={cell}>{t(`reports.unit.${i.unit}`)}</td>
                <td className={cell}>{bounds(i.minValue, i.maxValue)}</td>
                <td className={cell}>{t(i.required ? "indicators.yes" : "indicators.no")}</td>
                <td className={cell}>{i.toYear === null ? t("indicators.yearsFrom", { from: i.fromYear }) : t("indicators.yearsRange", { from: i.fromYear, to: i.toYear })}</td>
                <td className={cell}>
                  {i.prefill ? t(`reports.source.${i.prefill}`) : i.numerator && i.denominator ? `${t("indicators.computed")}: ${i.numerator.code} ÷ ${i.denominator.code}` : t("indicators.typed")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="rounded-lg border border-border bg-surface p-4 shadow-sm"><IndicatorForm action={saveIndicator} /></section>
      <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
        <table className="min-w-full text-sm">
          <caption className="px-3 py-2 text-left font-semibold text-brand-900">{t("indicators.rules.caption")}</caption>
          <thead className="bg-brand-50 text-left text-brand-900">
            <tr>
              <th scope="col" className={cell}>{t("indicators.col.code")}</th>
              <th scope="col" className={cell}>{t("indicators.rules.col.rule")}</th>
              <th scope="col" className={cell}>{t("indicators.rules.col.importance")}</th>
              <th scope="col" className={cell}>{t("indicators.rules.col.message")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {rules.map((r) => (
              <tr key={r.id} data-rule={r.code}>
                <td className={`${cell} font-mono`}>{r.code}</td>
                <td className={`${cell} font-mono`}>{r.leftCodes.join(" + ")} {operatorSign(r.operator)} {r.rightCodes.join(" + ")}</td>
                <td className={cell}>{t(`indicators.rules.importance.${r.importance}`)}</td>
                <td className={cell}>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="rounded-lg border border-border bg-surface p-4 shadow-sm"><RuleForm action={saveRule} /></section>
    </div>
  );
}
