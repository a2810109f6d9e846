"use client";
// The agency's quarterly form (issue 6): one section per PAR area; figures the system knows are
// shown read-only with their source, percentages with known parts are computed; evidence and an
// explanation per value. "Lưu nháp" saves at any time; "Gửi báo cáo" runs every rule, and each
// error or warning appears beside its field. The version read travels with the form.
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { SavedReport } from "@/app/(app)/reports/actions";
import type { IndicatorUnit, ParArea, PrefillSource } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";
import { entryFieldName } from "@/lib/validations/reports";
import { FormAlert, FormStatus, buttonClass, secondaryButtonClass } from "@/components/ui/form-fields";
import { editableValue, formatValue } from "./report-display";
import { useRefreshOnSuccess } from "./use-refresh";

export type FormIndicator = {
  code: string;
  nameVi: string;
  area: ParArea;
  unit: IndicatorUnit;
  required: boolean;
  prefill: PrefillSource | null;
  computed: { numerator: string; denominator: string } | null;
};

export type FormEntry = {
  value: number | null;
  text: string | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  evidenceUrl: string | null;
  comment: string | null;
};

type Props = {
  action: ServerAction<SavedReport>;
  periodId: number;
  agencyId: number;
  version: number;
  indicators: FormIndicator[];
  values: Record<string, FormEntry>;
  /** prefilled and computed values, by code */
  systemValues: Record<string, number | null>;
  previous: Record<string, number | null>;
  /** rule messages of the stored values, by code */
  messages: Record<string, string[]>;
  returnComments: Record<string, string>;
};

const smallInput = "mt-1 block w-full rounded-md border border-border bg-surface px-2 py-1 text-sm text-foreground";
const valueInput = `${smallInput} text-right aria-[invalid=true]:border-accent-600`;

function IndicatorRow({ indicator, entry, system, previous, errors, returnComment }: {
  indicator: FormIndicator; entry: FormEntry | undefined; system: number | null | undefined; previous: number | null | undefined;
  errors: string[]; returnComment: string | undefined;
}) {
  const code = indicator.code;
  const valueId = entryFieldName("value", code);
  const errorId = errors.length > 0 ? `${valueId}-error` : undefined;
  const readOnly = indicator.prefill !== null || indicator.computed !== null;
  const hint = indicator.prefill
    ? t(`reports.source.${indicator.prefill}`)
    : indicator.computed
      ? t("reports.computedHint", { numerator: indicator.computed.numerator, denominator: indicator.computed.denominator })
      : null;
  return (
    <tr className="align-top" data-indicator={code}>
      <th scope="row" className="px-3 py-2 text-left font-medium">
        <label htmlFor={valueId}>{indicator.nameVi}</label>
        {indicator.required ? <span className="text-accent-700" aria-hidden="true"> *</span> : null}
        <span className="block text-xs font-normal text-muted">{code} · {t(`reports.unit.${indicator.unit}`)}</span>
        {hint ? <span className="block text-xs font-normal text-muted">{hint}</span> : null}
      </th>
      <td className="w-40 px-3 py-2">
        {readOnly ? (
          <output id={valueId} className="block py-1 text-right font-semibold" aria-label={indicator.nameVi}>
            {formatValue(system ?? null, indicator.unit)}
          </output>
        ) : indicator.unit === "TEXT" ? (
          <textarea id={valueId} name={valueId} defaultValue={entry?.text ?? ""} rows={2} maxLength={2000}
            aria-invalid={errorId ? true : undefined} aria-describedby={errorId} className={smallInput} />
        ) : (
          <input id={valueId} name={valueId} inputMode="decimal" defaultValue={editableValue(entry?.value ?? null)}
            aria-invalid={errorId ? true : undefined} aria-describedby={errorId} aria-required={indicator.required || undefined} className={valueInput} />
        )}
        {errorId ? <p id={errorId} className="mt-1 text-xs text-accent-700">{errors.join(" ")}</p> : null}
        {returnComment ? <p className="mt-1 rounded bg-accent-100 px-2 py-1 text-xs text-accent-700" data-testid={`return-${code}`}>{t("reports.form.returnComment", { comment: returnComment })}</p> : null}
      </td>
      <td className="w-24 px-3 py-2 text-right text-muted">{indicator.unit === "TEXT" ? "" : formatValue(previous ?? null, indicator.unit)}</td>
      <td className="px-3 py-2">
        {readOnly ? null : (
          <div className="grid gap-1 sm:grid-cols-3">
            <input name={entryFieldName("evidenceNumber", code)} defaultValue={entry?.evidenceNumber ?? ""} maxLength={80}
              aria-label={`${t("reports.form.evidenceNumber")} — ${indicator.nameVi}`} placeholder={t("reports.form.evidenceNumber")} className={smallInput} />
            <input type="date" name={entryFieldName("evidenceDate", code)} defaultValue={entry?.evidenceDate ?? ""}
              aria-label={`${t("reports.form.evidenceDate")} — ${indicator.nameVi}`} className={smallInput} />
            <input type="url" name={entryFieldName("evidenceUrl", code)} defaultValue={entry?.evidenceUrl ?? ""} maxLength={500}
              aria-label={`${t("reports.form.evidenceUrl")} — ${indicator.nameVi}`} placeholder="https://" className={smallInput} />
          </div>
        )}
      </td>
      <td className="px-3 py-2">
        {readOnly ? null : (
          <textarea name={entryFieldName("comment", code)} defaultValue={entry?.comment ?? ""} rows={1} maxLength={1000}
            aria-label={`${t("reports.form.comment")} — ${indicator.nameVi}`} className={smallInput} />
        )}
      </td>
    </tr>
  );
}

export function ReportForm(props: Props) {
  const [state, dispatch, pending] = useActionState<ActionResult<SavedReport> | undefined, FormData>(props.action, undefined);
  useRefreshOnSuccess(state);
  const version = state?.ok ? Math.max(state.data.version, props.version) : props.version;
  const failedFields = state && !state.ok ? state.fieldErrors : null;
  const savedMessages = state?.ok ? state.data.findings : null;

  function messagesFor(code: string): string[] {
    if (failedFields) return failedFields[entryFieldName("value", code)] ?? [];
    return (savedMessages ?? props.messages)[code] ?? [];
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  }

  const areas = [...new Set(props.indicators.map((indicator) => indicator.area))];
  const done = state?.ok
    ? state.data.status === "SUBMITTED"
      ? t("reports.form.submitted")
      : t("reports.form.saved", { version: state.data.version })
    : null;

  return (
    <form action={dispatch} onSubmit={onSubmit} className="space-y-6" noValidate>
      <input type="hidden" name="periodId" value={props.periodId} />
      <input type="hidden" name="agencyId" value={props.agencyId} />
      <input type="hidden" name="version" value={version} />
      <FormAlert state={state} />
      <FormStatus message={done} />
      {areas.map((area) => (
        <fieldset key={area} className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
          <legend className="px-3 text-lg font-semibold text-brand-900">{t(`reports.area.${area}`)}</legend>
          <table className="min-w-full text-sm">
            <thead className="bg-brand-50 text-left text-brand-900">
              <tr>
                <th scope="col" className="px-3 py-2">{t("reports.col.indicator")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("reports.col.value")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("reports.col.previous")}</th>
                <th scope="col" className="px-3 py-2">{t("reports.form.evidenceNumber")} · {t("reports.form.evidenceDate")} · {t("reports.form.evidenceUrl")}</th>
                <th scope="col" className="px-3 py-2">{t("reports.form.comment")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {props.indicators.filter((indicator) => indicator.area === area).map((indicator) => (
                <IndicatorRow key={indicator.code} indicator={indicator} entry={props.values[indicator.code]}
                  system={props.systemValues[indicator.code]} previous={props.previous[indicator.code]}
                  errors={messagesFor(indicator.code)} returnComment={props.returnComments[indicator.code]} />
              ))}
            </tbody>
          </table>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" disabled={pending} aria-busy={pending} className={secondaryButtonClass}>
          {pending ? t("reports.form.pending") : t("reports.form.save")}
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
          {t("reports.form.submit")}
        </button>
      </div>
    </form>
  );
}
