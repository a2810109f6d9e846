"use client";
// Home Affairs' forms for reporting periods: set a quarter's days, reopen it for one agency. Their
// messages: the "periods" namespace (the page's IntlClient).
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { DeadlineChange, PeriodRow, Reopening } from "@/app/(app)/admin/periods/actions";
import { useTranslations } from "next-intl";
import { DayField, Field, FieldSelect, FormHeader, buttonClass, fieldErrorsOf, inputClass, submitWithoutReset } from "@/components/ui/form-fields";
import { useRefreshOnSuccess } from "./use-refresh";

export function PeriodForm({ action }: { action: ServerAction<PeriodRow> }) {
  const t = useTranslations("periods");
  const [state, dispatch, pending] = useActionState<ActionResult<PeriodRow> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  const fields = [
    { name: "year", label: t("form.year"), type: "number" },
    { name: "quarter", label: t("form.quarter"), type: "number" },
    { name: "opensAt", label: t("form.opensAt"), type: "date" },
    { name: "deadline", label: t("form.deadline"), type: "date" },
    { name: "locksAt", label: t("form.locksAt"), type: "date" },
  ];
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3" aria-labelledby="period-form-heading">
      <FormHeader id="period-form-heading" title={t("form.heading")} state={state} saved={t("form.saved")} />
      <div className="grid gap-3 sm:grid-cols-5">
        {fields.map((f) =>
          f.type === "date" ? (
            <DayField key={f.name} name={f.name} label={f.label} errors={errors} required />
          ) : (
            <Field key={f.name} name={f.name} label={f.label} errors={errors}>
              {(aria) => <input {...aria} name={f.name} type={f.type} required className={inputClass} />}
            </Field>
          ),
        )}
      </div>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{t("form.submit")}</button>
    </form>
  );
}

type Choice = { id: number; label: string };

export function ReopenForm({ action, periods, agencies }: { action: ServerAction<Reopening>; periods: Choice[]; agencies: Choice[] }) {
  const t = useTranslations("periods");
  const [state, dispatch, pending] = useActionState<ActionResult<Reopening> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3" aria-labelledby="reopen-heading">
      <FormHeader id="reopen-heading" title={t("reopen.heading")} state={state} saved={t("reopen.saved")} />
      <div className="grid gap-3 sm:grid-cols-3">
        <FieldSelect name="periodId" label={t("reopen.period")} errors={errors} options={periods.map((p) => ({ value: p.id, label: p.label }))} />
        <FieldSelect name="agencyId" label={t("reopen.agency")} errors={errors} options={agencies.map((a) => ({ value: a.id, label: a.label }))} />
        <DayField name="until" label={t("reopen.until")} errors={errors} required />
      </div>
      <Field name="reason" label={t("reopen.reason")} errors={errors}>
        {(aria) => <input {...aria} name="reason" required maxLength={500} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{t("reopen.submit")}</button>
    </form>
  );
}

/** The report deadline in days after a quarter's end (issue 16). */
export function DeadlineForm({ action, days }: { action: ServerAction<DeadlineChange>; days: number }) {
  const t = useTranslations("periods");
  const [state, dispatch, pending] = useActionState<ActionResult<DeadlineChange> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3" aria-labelledby="deadline-form-heading">
      <FormHeader id="deadline-form-heading" title={t("deadlineDays.heading")} state={state} saved={t("deadlineDays.saved")} />
      <p className="text-sm text-muted">{t("deadlineDays.hint")}</p>
      <div className="max-w-xs">
        <Field name="days" label={t("deadlineDays.label")} errors={errors}>
          {(aria) => <input {...aria} name="days" type="number" min={0} max={90} defaultValue={days} required className={inputClass} />}
        </Field>
      </div>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{t("deadlineDays.submit")}</button>
    </form>
  );
}
