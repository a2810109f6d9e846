"use client";
// Add a criterion to a year and group (code, name, maximum); the maxima of a group stay within 100.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { AddedCriterion } from "@/app/(app)/assessments/actions";
import { CRITERION_NAME_MAX_LENGTH } from "@/lib/validations/assessments";
import { useTranslations } from "next-intl";
import { buttonClass, Field, fieldErrorsOf, FormAlert, FormStatus, inputClass, submitWithoutReset } from "@/components/ui/form-fields";

export function CriterionForm({ action, year, group }: { action: ServerAction<AddedCriterion>; year: number; group: string }) {
  const t = useTranslations("assessments");
  const [state, formAction, pending] = useActionState<ActionResult<AddedCriterion> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="max-w-3xl space-y-4" noValidate data-testid="criterion-form">
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("criteria.done") : null} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="group" value={group} />
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr_8rem]">
        <Field name="code" label={t("field.code")} errors={errors}>
          {(aria) => <input {...aria} name="code" maxLength={32} className={inputClass} />}
        </Field>
        <Field name="name" label={t("field.name")} errors={errors}>
          {(aria) => <input {...aria} name="name" maxLength={CRITERION_NAME_MAX_LENGTH} className={inputClass} />}
        </Field>
        <Field name="maxScore" label={t("field.maxScore")} errors={errors}>
          {(aria) => <input {...aria} name="maxScore" inputMode="decimal" className={inputClass} />}
        </Field>
      </div>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
        {t("criteria.submit")}
      </button>
    </form>
  );
}
