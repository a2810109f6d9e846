"use client";
// One agency's assessment of a year: the two totals and, per criterion, self-score, appraised
// score and evidence. Rank and rating are computed by the server after saving.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { SavedAssessment } from "@/app/(app)/assessments/actions";
import { EVIDENCE_MAX_LENGTH } from "@/lib/validations/assessments";
import { useTranslations } from "next-intl";
import { Field, fieldErrorsOf, FormAlert, FormStatus, inputClass, SubmitButton, submitWithoutReset } from "@/components/ui/form-fields";

export type CriterionBox = { id: number; legend: string; self: string; appraised: string; evidence: string };

type Props = {
  action: ServerAction<SavedAssessment>;
  agencyId: number;
  year: number;
  group: string;
  selfScore: string;
  appraisedScore: string;
  criteria: CriterionBox[];
};

export function AssessmentForm(props: Props) {
  const t = useTranslations("assessments");
  const [state, formAction, pending] = useActionState<ActionResult<SavedAssessment> | undefined, FormData>(props.action, undefined);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="max-w-4xl space-y-4" noValidate data-testid="assessment-form">
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("entry.done", { year: String(state.data.year) }) : null} />
      <input type="hidden" name="agencyId" value={props.agencyId} />
      <input type="hidden" name="year" value={props.year} />
      <input type="hidden" name="group" value={props.group} />
      {errors.agencyId || errors.year || errors.group ? (
        <p className="text-sm text-accent-700">{[...(errors.agencyId ?? []), ...(errors.year ?? []), ...(errors.group ?? [])].join(" ")}</p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="selfScore" label={t("field.selfScore")} hint={t("field.totalHint")} errors={errors}>
          {(aria) => <input {...aria} name="selfScore" inputMode="decimal" defaultValue={props.selfScore} className={inputClass} />}
        </Field>
        <Field name="appraisedScore" label={t("field.appraisedScore")} errors={errors}>
          {(aria) => <input {...aria} name="appraisedScore" inputMode="decimal" defaultValue={props.appraisedScore} className={inputClass} />}
        </Field>
      </div>
      {props.criteria.length === 0 ? <p className="text-sm text-muted">{t("entry.noCriteria")}</p> : null}
      {props.criteria.map((c) => {
        const field = (kind: string) => `criterion.${c.id}.${kind}`;
        return (
          <fieldset key={c.id} className="grid gap-4 rounded-md border border-border p-4 sm:grid-cols-3">
            <legend className="px-1 font-semibold text-brand-900">{c.legend}</legend>
            <Field name={field("self")} label={t("field.criterionSelf")} errors={errors}>
              {(aria) => <input {...aria} name={field("self")} inputMode="decimal" defaultValue={c.self} className={inputClass} />}
            </Field>
            <Field name={field("appraised")} label={t("field.criterionAppraised")} errors={errors}>
              {(aria) => <input {...aria} name={field("appraised")} inputMode="decimal" defaultValue={c.appraised} className={inputClass} />}
            </Field>
            <Field name={field("evidence")} label={t("field.criterionEvidence")} errors={errors}>
              {(aria) => (
                <textarea {...aria} name={field("evidence")} maxLength={EVIDENCE_MAX_LENGTH} defaultValue={c.evidence} rows={2} className={inputClass} />
              )}
            </Field>
          </fieldset>
        );
      })}
      <SubmitButton pending={pending} label={t("entry.submit")} pendingLabel={t("entry.pending")} />
    </form>
  );
}
