"use client";
// Home Affairs enters the province's score and rank for a period as the national portal published them.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { SavedPublished } from "@/app/(app)/service-index/actions";
import { useTranslations } from "next-intl";
import { PeriodField, SourceField } from "@/components/service-index/entry-fields";
import { CountField, Field, fieldErrorsOf, FormAlert, FormStatus, inputClass, SubmitButton, submitWithoutReset } from "@/components/ui/form-fields";

export function PublishedForm({ action, periodKey }: { action: ServerAction<SavedPublished>; periodKey: string }) {
  const t = useTranslations("serviceIndexPublished");
  const entry = useTranslations("serviceIndexEntry");
  const [state, formAction, pending] = useActionState<ActionResult<SavedPublished> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  const done = state?.ok ? t("saved", { period: state.data.periodKey }) : null;
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="max-w-3xl space-y-4" noValidate data-testid="service-index-published-form">
      <FormAlert state={state} />
      <FormStatus message={done} />
      <input type="hidden" name="intent" value="service-index-published" />
      <div className="grid gap-4 sm:grid-cols-2">
        <PeriodField periodKey={periodKey} errors={errors} />
        <Field name="score" label={t("field.score")} errors={errors}>
          {(aria) => <input {...aria} name="score" inputMode="decimal" className={inputClass} />}
        </Field>
        <CountField name="rank" label={t("field.rank")} errors={errors} defaultValue="" />
        <CountField name="rankOf" label={t("field.rankOf")} errors={errors} defaultValue={34} />
      </div>
      <SourceField errors={errors} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={entry("pending")} />
    </form>
  );
}
