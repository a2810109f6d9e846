"use client";
// Home Affairs' review of a submitted report (issue 6): each value beside the previous quarter's
// and its warnings, a comment box per value in the values' table (issue 16: posted with this form
// through their `form` attribute); "Trả lại" sends the comments back, "Phê duyệt" approves after a
// confirmation. Un-approval of an approved report asks for a reason.
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { ReviewedReport } from "@/app/(app)/reports/actions";
import { useTranslations } from "next-intl";
import { useRefreshOnSuccess } from "./use-refresh";
import { Field, FormAlert, FormStatus, buttonClass, fieldErrorsOf, inputClass, secondaryButtonClass, submitWithoutReset } from "@/components/ui/form-fields";

type Ref = { reportId: number; agencyId: number; version: number };

function Hidden({ reportRef }: { reportRef: Ref }) {
  return (
    <>
      <input type="hidden" name="reportId" value={reportRef.reportId} />
      <input type="hidden" name="agencyId" value={reportRef.agencyId} />
      <input type="hidden" name="version" value={reportRef.version} />
    </>
  );
}

/** The id the values' comment boxes name in their `form` attribute. */
export const RETURN_FORM_ID = "return-form";

export function ReturnForm({ action, reportRef }: { action: ServerAction<ReviewedReport>; reportRef: Ref }) {
  const t = useTranslations("reports");
  const [state, dispatch, pending] = useActionState<ActionResult<ReviewedReport> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  return (
    <form id={RETURN_FORM_ID} action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3" aria-labelledby="return-heading">
      <h2 id="return-heading" className="text-lg font-semibold text-brand-900">{t("review.return")}</h2>
      <Hidden reportRef={reportRef} />
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("review.returned") : null} />
      {Object.entries(errors ?? {}).filter(([name]) => name.startsWith("comment:")).map(([name, messages]) => (
        <p key={name} className="text-sm text-accent-700">{(messages ?? []).join(" ")}</p>
      ))}
      <Field name="general" label={t("review.generalComment")} errors={errors}>
        {(aria) => <textarea {...aria} name="general" rows={2} maxLength={1000} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} aria-busy={pending} className={secondaryButtonClass}>{t("review.return")}</button>
    </form>
  );
}

export function ApproveForm({ action, reportRef }: { action: ServerAction<ReviewedReport>; reportRef: Ref }) {
  const t = useTranslations("reports");
  const [state, dispatch, pending] = useActionState<ActionResult<ReviewedReport> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const [confirming, setConfirming] = useState(false);
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3">
      <Hidden reportRef={reportRef} />
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("review.approved") : null} />
      {confirming ? (
        <div role="alertdialog" aria-labelledby="approve-confirm" className="space-y-3 rounded-md border border-brand-700/40 bg-brand-50 p-3">
          <p id="approve-confirm" className="text-sm text-brand-900">{t("review.confirmApprove")}</p>
          <div className="flex flex-wrap gap-3">
            <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{t("review.confirm")}</button>
            <button type="button" onClick={() => setConfirming(false)} className={secondaryButtonClass}>{t("review.cancel")}</button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={buttonClass}>{t("review.approve")}</button>
      )}
    </form>
  );
}

export function UnapproveForm({ action, reportRef }: { action: ServerAction<ReviewedReport>; reportRef: Ref }) {
  const t = useTranslations("reports");
  const [state, dispatch, pending] = useActionState<ActionResult<ReviewedReport> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="max-w-xl space-y-3">
      <Hidden reportRef={reportRef} />
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("review.unapproved") : null} />
      <Field name="reason" label={t("review.reason")} errors={errors}>
        {(aria) => <textarea {...aria} name="reason" rows={2} maxLength={1000} required className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} aria-busy={pending} className={secondaryButtonClass}>{t("review.unapprove")}</button>
    </form>
  );
}
