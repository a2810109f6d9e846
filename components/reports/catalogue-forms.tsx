"use client";
// Home Affairs' forms for the indicator catalogue and the validation rules. Saving an existing
// code edits it. Their messages: the "indicators" and "reports" namespaces (the page's IntlClient).
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { SavedIndicator, SavedRule } from "@/app/(app)/admin/indicators/actions";
import { IndicatorUnit, ParArea, RuleImportance, RuleKind, RuleOperator } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { Field, FieldSelect, FormHeader, buttonClass, fieldErrorsOf, inputClass, submitWithoutReset } from "@/components/ui/form-fields";
import { operatorSign } from "./operators";
import { useRefreshOnSuccess } from "./use-refresh";

export function IndicatorForm({ action }: { action: ServerAction<SavedIndicator> }) {
  const t = useTranslations();
  const [state, dispatch, pending] = useActionState<ActionResult<SavedIndicator> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  const text = (name: string, label: string, type = "text") => (
    <Field name={name} label={label} errors={errors}>
      {(aria) => <input {...aria} name={name} type={type} className={inputClass} />}
    </Field>
  );
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3" aria-labelledby="indicator-form-heading">
      <FormHeader id="indicator-form-heading" title={t("indicators.form.heading")} note={t("indicators.form.hint")} state={state} saved={(data) => t("indicators.form.saved", { code: data.code })} />
      <div className="grid gap-3 sm:grid-cols-3">
        {text("code", t("indicators.form.code"))}
        {text("nameVi", t("indicators.form.nameVi"))}
        {text("nameEn", t("indicators.form.nameEn"))}
        <FieldSelect name="area" label={t("indicators.form.area")} errors={errors} options={Object.values(ParArea).map((area) => ({ value: area, label: t(`reports.area.${area}`) }))} />
        <FieldSelect name="unit" label={t("indicators.form.unit")} errors={errors} options={Object.values(IndicatorUnit).map((unit) => ({ value: unit, label: t(`reports.unit.${unit}`) }))} />
        <div className="flex items-end gap-2 pb-2">
          <input id="required" name="required" type="checkbox" className="h-4 w-4" />
          <label htmlFor="required" className="text-sm font-medium">{t("indicators.form.required")}</label>
        </div>
        {text("minValue", t("indicators.form.min"))}
        {text("maxValue", t("indicators.form.max"))}
        {text("fromYear", t("indicators.form.fromYear"), "number")}
        {text("toYear", t("indicators.form.toYear"), "number")}
      </div>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{t("indicators.form.submit")}</button>
    </form>
  );
}

export function RuleForm({ action }: { action: ServerAction<SavedRule> }) {
  const t = useTranslations();
  const [state, dispatch, pending] = useActionState<ActionResult<SavedRule> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3" aria-labelledby="rule-form-heading">
      <FormHeader id="rule-form-heading" title={t("indicators.rules.form.heading")} note={t("indicators.rules.form.hint")} state={state} saved={(data) => t("indicators.rules.form.saved", { code: data.code })} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name="ruleCode" label={t("indicators.rules.form.code")} errors={errors}>
          {(aria) => <input {...aria} name="ruleCode" className={inputClass} />}
        </Field>
        <FieldSelect name="kind" label={t("indicators.rules.form.kind")} errors={errors} options={Object.values(RuleKind).map((kind) => ({ value: kind, label: t(`indicators.rules.kind.${kind}`) }))} />
        <Field name="leftCodes" label={t("indicators.rules.form.left")} errors={errors}>
          {(aria) => <input {...aria} name="leftCodes" className={inputClass} />}
        </Field>
        <FieldSelect name="operator" label={t("indicators.rules.form.operator")} errors={errors} options={Object.values(RuleOperator).map((op) => ({ value: op, label: operatorSign(op) }))} />
        <Field name="rightCodes" label={t("indicators.rules.form.right")} errors={errors}>
          {(aria) => <input {...aria} name="rightCodes" className={inputClass} />}
        </Field>
        <Field name="denominatorCodes" label={t("indicators.rules.form.denominator")} errors={errors}>
          {(aria) => <input {...aria} name="denominatorCodes" className={inputClass} />}
        </Field>
        <Field name="tolerance" label={t("indicators.rules.form.tolerance")} errors={errors}>
          {(aria) => <input {...aria} name="tolerance" inputMode="decimal" placeholder="0,01" className={inputClass} />}
        </Field>
        <FieldSelect name="importance" label={t("indicators.rules.form.importance")} errors={errors} options={Object.values(RuleImportance).map((i) => ({ value: i, label: t(`indicators.rules.importance.${i}`) }))} />
        <Field name="messageVi" label={t("indicators.rules.form.message")} errors={errors}>
          {(aria) => <input {...aria} name="messageVi" maxLength={300} className={inputClass} />}
        </Field>
        <Field name="messageEn" label={t("indicators.rules.form.messageEn")} errors={errors}>
          {(aria) => <input {...aria} name="messageEn" maxLength={300} lang="en" className={inputClass} />}
        </Field>
      </div>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{t("indicators.rules.form.submit")}</button>
    </form>
  );
}
