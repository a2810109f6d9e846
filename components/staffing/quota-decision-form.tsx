"use client";
// A quota decision: number, date, year, and one line per agency with its quota in each category
// and the line's total (checked against the sum). Lines are added and removed in the browser;
// each keeps its index in the field names so that an error lands next to its own line.
import { useActionState, useState } from "react";
import type { StaffCategory } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { SavedDecision } from "@/app/(app)/staffing/actions";
import { CATEGORIES, lineField, MAX_DECISION_LINES } from "@/lib/validations/staffing";
import { t } from "@/lib/i18n";
import {
  buttonClass,
  Field,
  fieldErrorsOf,
  FormAlert,
  FormStatus,
  inputClass,
  secondaryButtonClass,
  submitWithoutReset,
} from "@/components/ui/form-fields";

export type AgencyOption = { id: number; name: string };
export type DecisionLineValues = { agencyId: number | null; quotas: Partial<Record<StaffCategory, number>> };
export type DecisionValues = { decisionId?: number; number: string; decidedOn: string; year: number; lines: DecisionLineValues[] };

type Props = { action: ServerAction<SavedDecision>; agencies: AgencyOption[]; initial: DecisionValues; submitLabel: string };

export function QuotaDecisionForm({ action, agencies, initial, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<SavedDecision> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  const [lines, setLines] = useState(() =>
    (initial.lines.length > 0 ? initial.lines : [{ agencyId: null, quotas: {} }]).map((line, index) => ({ key: index, ...line })),
  );
  const [nextKey, setNextKey] = useState(lines.length);

  const addLine = () => {
    setLines((current) => [...current, { key: nextKey, agencyId: null, quotas: {} }]);
    setNextKey((key) => key + 1);
  };
  const removeLine = (key: number) => setLines((current) => current.filter((line) => line.key !== key));
  const lineErrors = (key: number) =>
    (["agencyId", ...CATEGORIES, "total"] as const).flatMap((field) => errors[lineField(key, field)] ?? []);

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="space-y-6" noValidate>
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("staffing.decisions.saved", { number: state.data.number }) : null} />
      {initial.decisionId !== undefined ? <input type="hidden" name="decisionId" value={initial.decisionId} /> : null}
      <div className="grid max-w-3xl gap-4 sm:grid-cols-3">
        <Field name="number" label={t("staffing.decisions.number")} hint={t("staffing.decisions.numberHint")} errors={errors}>
          {(aria) => <input {...aria} name="number" maxLength={60} defaultValue={initial.number} className={inputClass} autoComplete="off" />}
        </Field>
        <Field name="decidedOn" label={t("staffing.decisions.date")} errors={errors}>
          {(aria) => <input {...aria} name="decidedOn" type="date" defaultValue={initial.decidedOn} className={inputClass} />}
        </Field>
        <Field name="year" label={t("staffing.decisions.year")} errors={errors}>
          {(aria) => <input {...aria} name="year" type="number" min={2000} max={2100} defaultValue={initial.year} className={inputClass} />}
        </Field>
      </div>

      <fieldset className="space-y-3">
        <legend className="font-semibold text-brand-900">{t("staffing.decisions.lines")}</legend>
        <p className="text-sm text-muted">{t("staffing.decisions.linesHint")}</p>
        {errors.lines ? <p className="text-sm text-accent-700">{errors.lines.join(" ")}</p> : null}
        <div className="overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("staffing.decisions.lines")}</caption>
            <thead className="bg-brand-50 text-brand-900">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">{t("staffing.col.agency")}</th>
                {CATEGORIES.map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 font-semibold">{t(`staffing.category.${c}`)}</th>
                ))}
                <th scope="col" className="px-3 py-2 font-semibold">{t("staffing.col.total")}</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">{t("staffing.decisions.removeLine")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {lines.map((line, position) => {
                const problems = lineErrors(line.key);
                const label = (what: string) => t("staffing.decisions.cellLabel", { line: position + 1, what });
                return (
                  <tr key={line.key} data-testid="decision-line" className={problems.length > 0 ? "bg-accent-100" : ""}>
                    <td className="px-3 py-2">
                      <select
                        name={lineField(line.key, "agencyId")}
                        aria-label={label(t("staffing.col.agency"))}
                        defaultValue={line.agencyId ?? ""}
                        className={inputClass}
                      >
                        <option value="">{t("staffing.decisions.chooseAgency")}</option>
                        {agencies.map((a) => (
                          <option key={a.id} value={a.id}>{a.name}</option>
                        ))}
                      </select>
                      {problems.length > 0 ? <p className="mt-1 text-sm text-accent-700" role="note">{problems.join(" ")}</p> : null}
                    </td>
                    {CATEGORIES.map((c) => (
                      <td key={c} className="px-3 py-2">
                        <input
                          name={lineField(line.key, c)}
                          aria-label={label(t(`staffing.category.${c}`))}
                          type="number"
                          min={0}
                          step={1}
                          defaultValue={line.quotas[c] ?? ""}
                          className={inputClass}
                        />
                      </td>
                    ))}
                    <td className="px-3 py-2">
                      <input
                        name={lineField(line.key, "total")}
                        aria-label={label(t("staffing.col.total"))}
                        type="number"
                        min={0}
                        step={1}
                        defaultValue={CATEGORIES.some((c) => line.quotas[c] !== undefined) ? CATEGORIES.reduce((s, c) => s + (line.quotas[c] ?? 0), 0) : ""}
                        className={inputClass}
                      />
                    </td>
                    <td className="px-3 py-2">
                      <button type="button" onClick={() => removeLine(line.key)} className="text-brand-700 underline" aria-label={label(t("staffing.decisions.removeLine"))}>
                        {t("staffing.decisions.removeLine")}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <button type="button" onClick={addLine} disabled={lines.length >= MAX_DECISION_LINES} className={secondaryButtonClass}>
          {t("staffing.decisions.addLine")}
        </button>
      </fieldset>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
        {pending ? t("staffing.decisions.pending") : submitLabel}
      </button>
    </form>
  );
}
