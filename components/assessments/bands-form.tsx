"use client";
// A year's rating bands: the lower bound of Tốt, Khá and Trung bình (Yếu below).
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { SavedBands } from "@/app/(app)/assessments/actions";
import { useTranslations } from "next-intl";
import { buttonClass, Field, fieldErrorsOf, FormAlert, FormStatus, inputClass, submitWithoutReset } from "@/components/ui/form-fields";

type Props = { action: ServerAction<SavedBands>; year: number; values: { EXCELLENT: string; GOOD: string; AVERAGE: string } };

export function BandsForm({ action, year, values }: Props) {
  const t = useTranslations("assessments");
  const [state, formAction, pending] = useActionState<ActionResult<SavedBands> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="max-w-3xl space-y-4" noValidate data-testid="bands-form">
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("bands.done", { year: String(state.data.year) }) : null} />
      <input type="hidden" name="year" value={year} />
      <div className="grid gap-4 sm:grid-cols-3">
        {(["EXCELLENT", "GOOD", "AVERAGE"] as const).map((rating) => (
          <Field key={rating} name={rating} label={t(`field.${rating}`)} errors={errors}>
            {(aria) => <input {...aria} name={rating} inputMode="decimal" defaultValue={values[rating]} className={inputClass} />}
          </Field>
        ))}
      </div>
      <p className="text-sm text-muted">{t("bands.weakNote")}</p>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
        {t("bands.submit")}
      </button>
    </form>
  );
}
