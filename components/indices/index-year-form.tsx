"use client";
// A year of one index: total, rank and denominator, national average, source, component scores.
// Values stay in the boxes after a refusal, with each error under its box.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { SavedIndexYear } from "@/app/(app)/indices/actions";
import { COMPONENT_FIELD_PREFIX, SOURCE_MAX_LENGTH } from "@/lib/validations/indices";
import { useTranslations } from "next-intl";
import { buttonClass, Field, fieldErrorsOf, FormAlert, FormStatus, inputClass, submitWithoutReset } from "@/components/ui/form-fields";

export type YearFormComponent = { code: string; name: string; max: string; value: string };
export type YearFormValues = { year: string; score: string; rank: string; rankOf: string; nationalAverage: string; source: string };

type Props = {
  action: ServerAction<SavedIndexYear>;
  indexCode: string;
  indexName: string;
  max: string;
  values: YearFormValues;
  components: YearFormComponent[];
};

export function IndexYearForm({ action, indexCode, indexName, max, values, components }: Props) {
  const t = useTranslations("indices");
  const [state, formAction, pending] = useActionState<ActionResult<SavedIndexYear> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  const done = state?.ok ? t("entry.done", { index: indexName, year: String(state.data.year) }) : null;
  const text = (name: keyof YearFormValues, extra: { inputMode?: "decimal" | "numeric"; maxLength?: number } = {}) =>
    function Input(aria: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined }) {
      return <input {...aria} {...extra} name={name} defaultValue={values[name]} className={inputClass} />;
    };

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="max-w-3xl space-y-4" noValidate data-testid="index-year-form">
      <FormAlert state={state} />
      <FormStatus message={done} />
      <input type="hidden" name="indexCode" value={indexCode} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="year" label={t("field.year")} errors={errors}>
          {text("year", { inputMode: "numeric", maxLength: 4 })}
        </Field>
        <Field name="score" label={t("field.score")} hint={t("field.scoreHint", { max })} errors={errors}>
          {text("score", { inputMode: "decimal" })}
        </Field>
        <Field name="rank" label={t("field.rank")} errors={errors}>
          {text("rank", { inputMode: "numeric" })}
        </Field>
        <Field name="rankOf" label={t("field.rankOf")} hint={t("field.rankOfHint")} errors={errors}>
          {text("rankOf", { inputMode: "numeric" })}
        </Field>
        <Field name="nationalAverage" label={t("field.nationalAverage")} errors={errors}>
          {text("nationalAverage", { inputMode: "decimal" })}
        </Field>
      </div>
      <Field name="source" label={t("field.source")} hint={t("field.sourceHint")} errors={errors}>
        {text("source", { maxLength: SOURCE_MAX_LENGTH })}
      </Field>
      {components.length > 0 ? (
        <fieldset className="space-y-3 rounded-md border border-border p-4">
          <legend className="px-1 font-semibold text-brand-900">{t("entry.componentsLegend")}</legend>
          {errors.components ? <p className="text-sm text-accent-700">{errors.components.join(" ")}</p> : null}
          <div className="grid gap-4 sm:grid-cols-2">
            {components.map((c) => {
              const name = `${COMPONENT_FIELD_PREFIX}${c.code}`;
              return (
                <Field key={c.code} name={name} label={t("field.componentLabel", { name: c.name, max: c.max })} errors={errors}>
                  {(aria) => <input {...aria} name={name} inputMode="decimal" defaultValue={c.value} className={inputClass} />}
                </Field>
              );
            })}
          </div>
        </fieldset>
      ) : null}
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
        {pending ? t("entry.pending") : t("entry.submit")}
      </button>
    </form>
  );
}
