"use client";
// Home Affairs' forms for reporting periods: set a quarter's days, reopen it for one agency.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { DeadlineChange, PeriodRow, Reopening } from "@/app/(app)/admin/periods/actions";
import { t } from "@/lib/i18n";
import { DayField, Field, FieldSelect, FormHeader, buttonClass, fieldErrorsOf, inputClass, submitWithoutReset } from "@/components/ui/form-fields";
import { useRefreshOnSuccess } from "./use-refresh";

export function PeriodForm({ action }: { action: ServerAction<PeriodRow> }) {
  const [state, dispatch, pending] = useActionState<ActionResult<PeriodRow> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  const fields = [
    { name: "year", label: t("periods.form.year"), type: "number" },
    { name: "quarter", label: t("periods.form.quarter"), type: "number" },
    { name: "opensAt", label: t("periods.form.opensAt"), type: "date" },
    { name: "deadline", label: t("periods.form.deadline"), type: "date" },
    { name: "locksAt", label: t("periods.form.locksAt"), type: "date" },
  ];
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3" aria-labelledby="period-form-heading">
      <FormHeader id="period-form-heading" title={t("periods.form.heading")} state={state} saved={t("periods.form.saved")} />
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
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{t("periods.form.submit")}</button>
    </form>
  );
}

type Choice = { id: number; label: string };

export function ReopenForm({ action, periods, agencies }: { action: ServerAction<Reopening>; periods: Choice[]; agencies: Choice[] }) {
  const [state, dispatch, pending] = useActionState<ActionResult<Reopening> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3" aria-labelledby="reopen-heading">
      <FormHeader id="reopen-heading" title={t("periods.reopen.heading")} state={state} saved={t("periods.reopen.saved")} />
      <div className="grid gap-3 sm:grid-cols-3">
        <FieldSelect name="periodId" label={t("periods.reopen.period")} errors={errors} options={periods.map((p) => ({ value: p.id, label: p.label }))} />
        <FieldSelect name="agencyId" label={t("periods.reopen.agency")} errors={errors} options={agencies.map((a) => ({ value: a.id, label: a.label }))} />
        <DayField name="until" label={t("periods.reopen.until")} errors={errors} required />
      </div>
      <Field name="reason" label={t("periods.reopen.reason")} errors={errors}>
        {(aria) => <input {...aria} name="reason" required maxLength={500} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{t("periods.reopen.submit")}</button>
    </form>
  );
}

/** The report deadline in days after a quarter's end (issue 16). */
export function DeadlineForm({ action, days }: { action: ServerAction<DeadlineChange>; days: number }) {
  const [state, dispatch, pending] = useActionState<ActionResult<DeadlineChange> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3" aria-labelledby="deadline-form-heading">
      <FormHeader id="deadline-form-heading" title={t("periods.deadlineDays.heading")} state={state} saved={t("periods.deadlineDays.saved")} />
      <p className="text-sm text-muted">{t("periods.deadlineDays.hint")}</p>
      <div className="max-w-xs">
        <Field name="days" label={t("periods.deadlineDays.label")} errors={errors}>
          {(aria) => <input {...aria} name="days" type="number" min={0} max={90} defaultValue={days} required className={inputClass} />}
        </Field>
      </div>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{t("periods.deadlineDays.submit")}</button>
    </form>
  );
}
