"use client";
// An agency's own report for a year: actual headcount and streamlining cases per category it has
// a quota for, and the total headcount, which must equal the sum of the categories.
import { useActionState } from "react";
import type { StaffCategory } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { ReportedHeadcount } from "@/app/(app)/staffing/actions";
import { reportField } from "@/lib/validations/staffing";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { CountField, fieldErrorsOf, FormAlert, FormStatus, SubmitButton, submitWithoutReset } from "@/components/ui/form-fields";

export type ReportRow = { category: StaffCategory; quota: number; actualHeadcount: number | null; streamlined: number };

type Props = { action: ServerAction<ReportedHeadcount>; agencyId: number; year: number; rows: ReportRow[] };

export function HeadcountReportForm({ action, agencyId, year, rows }: Props) {
  const t = useTranslations("staffing");
  const f = useFormat();
  const [state, formAction, pending] = useActionState<ActionResult<ReportedHeadcount> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  const reportedTotal = rows.every((r) => r.actualHeadcount !== null) ? rows.reduce((sum, r) => sum + (r.actualHeadcount ?? 0), 0) : undefined;

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="max-w-3xl space-y-6" noValidate>
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("report.done", { year: String(year) }) : null} />
      <input type="hidden" name="agencyId" value={agencyId} />
      <input type="hidden" name="year" value={year} />
      {rows.map((row) => (
        <fieldset key={row.category} className="rounded-lg border border-border bg-surface p-4">
          <legend className="px-1 font-semibold text-brand-900">
            {t(`category.${row.category}`)} — {t("report.quota", { quota: f.number(row.quota) })}
          </legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <CountField name={reportField("headcount", row.category)} label={t("report.headcount")} errors={errors} defaultValue={row.actualHeadcount ?? ""} />
            <CountField name={reportField("streamlined", row.category)} label={t("report.streamlined")} errors={errors} defaultValue={row.streamlined} />
          </div>
        </fieldset>
      ))}
      <div className="max-w-xs">
        <CountField name="totalHeadcount" label={t("report.total")} hint={t("report.totalHint")} errors={errors} defaultValue={reportedTotal ?? ""} />
      </div>
      <SubmitButton pending={pending} label={t("report.submit")} pendingLabel={t("report.pending")} />
    </form>
  );
}
