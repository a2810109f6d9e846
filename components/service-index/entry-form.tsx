"use client";
// Home Affairs enters one indicator that dossiers cannot compute, for the unit and a period: the
// fraction its formula counts and the source. Values stay in the boxes after a refusal.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { SavedEntry } from "@/app/(app)/service-index/actions";
import { useTranslations } from "next-intl";
import { PeriodField, SourceField } from "@/components/service-index/entry-fields";
import { CountField, FieldSelect, fieldErrorsOf, FormAlert, FormStatus, SubmitButton, submitWithoutReset } from "@/components/ui/form-fields";

type Props = { action: ServerAction<SavedEntry>; agencyId: number; periodKey: string; indicators: { code: string; label: string }[] };

export function EntryForm({ action, agencyId, periodKey, indicators }: Props) {
  const t = useTranslations("serviceIndexEntry");
  const [state, formAction, pending] = useActionState<ActionResult<SavedEntry> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  const done = state?.ok ? t("saved", { code: state.data.code, period: state.data.periodKey }) : null;
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="max-w-3xl space-y-4" noValidate data-testid="service-index-entry-form">
      <FormAlert state={state} />
      <FormStatus message={done} />
      <input type="hidden" name="intent" value="service-index-entry" />
      <input type="hidden" name="agencyId" value={agencyId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FieldSelect name="code" label={t("field.code")} errors={errors} options={indicators.map((i) => ({ value: i.code, label: `${i.code} · ${i.label}` }))} />
        <PeriodField periodKey={periodKey} errors={errors} />
        <CountField name="numerator" label={t("field.numerator")} errors={errors} defaultValue="" />
        <CountField name="denominator" label={t("field.denominator")} errors={errors} defaultValue="" />
      </div>
      <SourceField errors={errors} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
