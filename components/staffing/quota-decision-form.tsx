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
import { useTranslations } from "next-intl";
import {
  buttonClass,
  DayField,
  Field,
  fieldErrorsOf,
  FormAlert,
  FormStatus,
  inputClass,
  secondaryButtonClass,
  submitWithoutReset,
} from "@/components/ui/form-fields";
import { Table, type Column } from "@/components/ui/table";

export type AgencyOption = { id: number; name: string };
export type DecisionLineValues = { agencyId: number | null; quotas: Partial<Record<StaffCategory, number>> };
export type DecisionValues = { decisionId?: number; number: string; decidedOn: string; year: number; lines: DecisionLineValues[] };

type Props = { action: ServerAction<SavedDecision>; agencies: AgencyOption[]; initial: DecisionValues; submitLabel: string };
type Line = DecisionLineValues & { key: number };

export function QuotaDecisionForm({ action, agencies, initial, submitLabel }: Props) {
  const t = useTranslations("staffing");
  const [state, formAction, pending] = useActionState<ActionResult<SavedDecision> | undefined, FormData>(action, undefined);
  const errors = fieldErrorsOf(state);
  const [lines, setLines] = useState<Line[]>(() =>
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
  const label = (position: number, what: string) => t("decisions.cellLabel", { line: String(position + 1), what });
  const numberInput = (line: Line, position: number, field: StaffCategory | "total", what: string, value: number | "") => (
    <input name={lineField(line.key, field)} aria-label={label(position, what)} type="number" min={0} step={1} defaultValue={value} className={inputClass} />
  );
  const columns: Column<Line>[] = [
    {
      key: "agency",
      header: t("col.agency"),
      cell: (line, position) => {
        const problems = lineErrors(line.key);
        return (
          <>
            <select name={lineField(line.key, "agencyId")} aria-label={label(position, t("col.agency"))} defaultValue={line.agencyId ?? ""} className={inputClass}>
              <option value="">{t("decisions.chooseAgency")}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>{a.name}</option>
              ))}
            </select>
            {problems.length > 0 ? <p className="mt-1 text-sm text-accent-700" role="note">{problems.join(" ")}</p> : null}
          </>
        );
      },
    },
    ...CATEGORIES.map((c) => ({
      key: c,
      header: t(`category.${c}`),
      cell: (line: Line, position: number) => numberInput(line, position, c, t(`category.${c}`), line.quotas[c] ?? ""),
    })),
    {
      key: "total",
      header: t("col.total"),
      cell: (line, position) =>
        numberInput(line, position, "total", t("col.total"), CATEGORIES.some((c) => line.quotas[c] !== undefined) ? CATEGORIES.reduce((sum, c) => sum + (line.quotas[c] ?? 0), 0) : ""),
    },
    {
      key: "remove",
      header: t("decisions.removeLine"),
      headerHidden: true,
      cell: (line, position) => (
        <button type="button" onClick={() => removeLine(line.key)} className="text-brand-700 underline" aria-label={label(position, t("decisions.removeLine"))}>
          {t("decisions.removeLine")}
        </button>
      ),
    },
  ];
  const rowProps = (line: Line) => ({ "data-testid": "decision-line", className: lineErrors(line.key).length > 0 ? "bg-accent-100" : undefined });

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="space-y-6" noValidate>
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("decisions.saved", { number: state.data.number }) : null} />
      {initial.decisionId !== undefined ? <input type="hidden" name="decisionId" value={initial.decisionId} /> : null}
      <div className="grid max-w-3xl gap-4 sm:grid-cols-3">
        <Field name="number" label={t("decisions.number")} hint={t("decisions.numberHint")} errors={errors}>
          {(aria) => <input {...aria} name="number" maxLength={60} defaultValue={initial.number} className={inputClass} autoComplete="off" />}
        </Field>
        <DayField name="decidedOn" label={t("decisions.date")} errors={errors} defaultValue={initial.decidedOn} />
        <Field name="year" label={t("decisions.year")} errors={errors}>
          {(aria) => <input {...aria} name="year" type="number" min={2000} max={2100} defaultValue={initial.year} className={inputClass} />}
        </Field>
      </div>

      <fieldset className="min-w-0 space-y-3">
        <legend className="font-semibold text-brand-900">{t("decisions.lines")}</legend>
        <p className="text-sm text-muted">{t("decisions.linesHint")}</p>
        {errors.lines ? <p className="text-sm text-accent-700">{errors.lines.join(" ")}</p> : null}
        <Table caption={t("decisions.lines")} columns={columns} rows={lines} rowKey={(line) => line.key} rowProps={rowProps} framed={false} />
        <button type="button" onClick={addLine} disabled={lines.length >= MAX_DECISION_LINES} className={secondaryButtonClass}>
          {t("decisions.addLine")}
        </button>
      </fieldset>
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
        {pending ? t("decisions.pending") : submitLabel}
      </button>
    </form>
  );
}
