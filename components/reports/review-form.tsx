"use client";
// Home Affairs' review of a submitted report (issue 6): each value beside the previous quarter's
// and its warnings, a comment box per value; "Trả lại" sends the comments back, "Phê duyệt"
// approves. Un-approval of an approved report asks for a reason.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { ReviewedReport } from "@/app/(app)/reports/actions";
import { t } from "@/lib/i18n";
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

export type ReviewLine = { code: string; nameVi: string };

export function ReturnForm({ action, reportRef, lines }: { action: ServerAction<ReviewedReport>; reportRef: Ref; lines: ReviewLine[] }) {
  const [state, dispatch, pending] = useActionState<ActionResult<ReviewedReport> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3" aria-labelledby="return-heading">
      <h2 id="return-heading" className="text-lg font-semibold text-brand-900">{t("reports.review.return")}</h2>
      <Hidden reportRef={reportRef} />
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("reports.review.returned") : null} />
      <div className="grid gap-3 md:grid-cols-2">
        {lines.map((line) => (
          <Field key={line.code} name={`comment:${line.code}`} label={t("reports.review.commentFor", { indicator: line.nameVi })} errors={errors}>
            {(aria) => <textarea {...aria} name={`comment:${line.code}`} rows={1} maxLength={1000} className={inputClass} />}
          </Field>
        ))}
      </div>
      <Field name="general" label={t("reports.review.generalComment")} errors={errors}>
        {(aria) => <textarea {...aria} name="general" rows={2} maxLength={1000} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} aria-busy={pending} className={secondaryButtonClass}>{t("reports.review.return")}</button>
    </form>
  );
}

export function ApproveForm({ action, reportRef }: { action: ServerAction<ReviewedReport>; reportRef: Ref }) {
  const [state, dispatch, pending] = useActionState<ActionResult<ReviewedReport> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3">
      <Hidden reportRef={reportRef} />
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("reports.review.approved") : null} />
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>{t("reports.review.approve")}</button>
    </form>
  );
}

export function UnapproveForm({ action, reportRef }: { action: ServerAction<ReviewedReport>; reportRef: Ref }) {
  const [state, dispatch, pending] = useActionState<ActionResult<ReviewedReport> | undefined, FormData>(action, undefined);
  useRefreshOnSuccess(state);
  const errors = fieldErrorsOf(state);
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="max-w-xl space-y-3">
      <Hidden reportRef={reportRef} />
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("reports.review.unapproved") : null} />
      <Field name="reason" label={t("reports.review.reason")} errors={errors}>
        {(aria) => <textarea {...aria} name="reason" rows={2} maxLength={1000} required className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} aria-busy={pending} className={secondaryButtonClass}>{t("reports.review.unapprove")}</button>
    </form>
  );
}
