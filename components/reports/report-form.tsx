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
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import type { Intl, Translator } from "@/lib/i18n/translator";
import { entryFieldName } from "@/lib/validations/reports";
import { DateInput } from "@/components/ui/date-input";
import { FormAlert, FormStatus, buttonClass, secondaryButtonClass } from "@/components/ui/form-fields";
import { Table, type Column } from "@/components/ui/table";
import type { StoredEntry } from "@/lib/data/reports/report-values";
import { editableValue, formatValue, type ValueContext } from "./report-display";
import { useRefreshOnSuccess } from "./use-refresh";

export type FormIndicator = {
  code: string;
  /** in the viewer's language (the page chooses: lib/i18n/locale localName) */
  name: string;
  area: ParArea;
  unit: IndicatorUnit;
  required: boolean;
  prefill: PrefillSource | null;
  computed: { numerator: string; denominator: string } | null;
};

/** A value as stored, with its evidence and explanation. */
export type FormEntry = StoredEntry;

type Props = ValueContext & {
  action: ServerAction<SavedReport>;
  periodId: number;
  agencyId: number;
  version: number;
  indicators: FormIndicator[];
  values: Record<string, FormEntry>;
  /** prefilled and computed values, by code */
  systemValues: Record<string, number | null>;
};

const smallInput = "mt-1 block w-full rounded-md border border-border bg-surface px-2 py-1 text-sm text-foreground";
const valueInput = `${smallInput} text-right aria-[invalid=true]:border-accent-600`;

type FormRow = {
  indicator: FormIndicator;
  entry: FormEntry | undefined;
  system: number | null | undefined;
  previous: number | null | undefined;
  errors: string[];
  returnComment: string | undefined;
};

const valueId = (row: FormRow) => entryFieldName("value", row.indicator.code);
const errorId = (row: FormRow) => (row.errors.length > 0 ? `${valueId(row)}-error` : undefined);
const isReadOnly = (row: FormRow) => row.indicator.prefill !== null || row.indicator.computed !== null;

function hintOf(indicator: FormIndicator, t: Translator): string | null {
  if (indicator.prefill) return t(`reports.source.${indicator.prefill}`);
  if (indicator.computed) return t("reports.computedHint", { numerator: indicator.computed.numerator, denominator: indicator.computed.denominator });
  return null;
}

/** The value's box: shown read-only when the system knows it, else a text or number input, its errors under it. */
function ValueCell({ row }: { row: FormRow }) {
  const t = useTranslations();
  const f = useFormat();
  const { indicator, entry } = row;
  const id = valueId(row);
  const described = errorId(row);
  const invalid = described ? true : undefined;
  return (
    <>
      {isReadOnly(row) ? (
        <output id={id} className="block py-1 text-right font-semibold" aria-label={indicator.name}>
          {formatValue(row.system ?? null, indicator.unit, { t, f })}
        </output>
      ) : indicator.unit === "TEXT" ? (
        <textarea id={id} name={id} defaultValue={entry?.text ?? ""} rows={2} maxLength={2000} aria-invalid={invalid} aria-describedby={described} className={smallInput} />
      ) : (
        <input id={id} name={id} inputMode="decimal" defaultValue={editableValue(entry?.value ?? null)}
          aria-invalid={invalid} aria-describedby={described} aria-required={indicator.required || undefined} className={valueInput} />
      )}
      {described ? <p id={described} className="mt-1 text-xs text-accent-700">{row.errors.join(" ")}</p> : null}
      {row.returnComment ? (
        <p className="mt-1 rounded bg-accent-100 px-2 py-1 text-xs text-accent-700" data-testid={`return-${indicator.code}`}>{t("reports.form.returnComment", { comment: row.returnComment })}</p>
      ) : null}
    </>
  );
}

function EvidenceCell({ row }: { row: FormRow }) {
  const t = useTranslations();
  if (isReadOnly(row)) return null;
  const { indicator, entry } = row;
  const name = (what: "evidenceNumber" | "evidenceDate" | "evidenceUrl") => `${t(`reports.form.${what}`)} — ${indicator.name}`;
  return (
    <div className="grid gap-1 sm:grid-cols-3">
      <input name={entryFieldName("evidenceNumber", indicator.code)} defaultValue={entry?.evidenceNumber ?? ""} maxLength={80}
        aria-label={name("evidenceNumber")} placeholder={t("reports.form.evidenceNumber")} className={smallInput} />
      <DateInput name={entryFieldName("evidenceDate", indicator.code)} defaultValue={entry?.evidenceDate ?? ""} aria-label={name("evidenceDate")} className={smallInput} />
      <input type="url" name={entryFieldName("evidenceUrl", indicator.code)} defaultValue={entry?.evidenceUrl ?? ""} maxLength={500}
        aria-label={name("evidenceUrl")} placeholder="https://" className={smallInput} />
    </div>
  );
}

/** The columns in the viewer's language (built per render). */
function columns({ t, f }: Intl): Column<FormRow>[] {
  return [
  {
    key: "indicator",
    header: t("reports.col.indicator"),
    rowHeader: true,
    cell: ({ indicator }) => {
      const hint = hintOf(indicator, t);
      return (
        <>
          {/* the internal code is for the catalogue, not the reader: a tooltip only */}
          <label htmlFor={entryFieldName("value", indicator.code)} title={t("reports.form.codeTooltip", { code: indicator.code })}>{indicator.name}</label>
          {indicator.required ? <span className="text-accent-700" aria-hidden="true"> *</span> : null}
          <span className="block text-xs font-normal text-muted">{t(`reports.unit.${indicator.unit}`)}</span>
          {hint ? <span className="block text-xs font-normal text-muted">{hint}</span> : null}
        </>
      );
    },
  },
  { key: "value", header: t("reports.col.value"), className: "w-40", cell: (row) => <ValueCell row={row} /> },
  {
    key: "previous",
    header: t("reports.col.previous"),
    numeric: true,
    className: "w-24 text-muted",
    cell: ({ indicator, previous }) => (indicator.unit === "TEXT" ? "" : formatValue(previous ?? null, indicator.unit, { t, f })),
  },
  {
    key: "evidence",
    header: `${t("reports.form.evidenceNumber")} · ${t("reports.form.evidenceDate")} · ${t("reports.form.evidenceUrl")}`,
    cell: (row) => <EvidenceCell row={row} />,
  },
  {
    key: "comment",
    header: t("reports.form.comment"),
    cell: (row) =>
      isReadOnly(row) ? null : (
        <textarea name={entryFieldName("comment", row.indicator.code)} defaultValue={row.entry?.comment ?? ""} rows={1} maxLength={1000}
          aria-label={`${t("reports.form.comment")} — ${row.indicator.name}`} className={smallInput} />
      ),
  },
  ];
}

export function ReportForm(props: Props) {
  const t = useTranslations();
  const f = useFormat();
  const [state, dispatch, pending] = useActionState<ActionResult<SavedReport> | undefined, FormData>(props.action, undefined);
  useRefreshOnSuccess(state);
  const version = state?.ok ? Math.max(state.data.version, props.version) : props.version;
  const failedFields = state && !state.ok ? state.fieldErrors : null;
  const savedMessages = state?.ok ? state.data.findings : null;

  // nothing is shown as wrong before the user has saved or submitted (issue 16): a blank new
  // report is not an error; after a save or a refused submit, each finding sits beside its field
  function messagesFor(code: string): string[] {
    if (failedFields) return failedFields[entryFieldName("value", code)] ?? [];
    return savedMessages?.[code] ?? [];
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
      : t("reports.form.saved", { version: String(state.data.version) })
    : null;

  return (
    <form action={dispatch} onSubmit={onSubmit} className="space-y-6" noValidate>
      <input type="hidden" name="periodId" value={props.periodId} />
      <input type="hidden" name="agencyId" value={props.agencyId} />
      <input type="hidden" name="version" value={version} />
      <FormAlert state={state} />
      <FormStatus message={done} />
      {areas.map((area) => (
        <fieldset key={area} className="min-w-0 rounded-lg border border-border bg-surface shadow-sm">
          <legend className="px-3 text-lg font-semibold text-brand-900">{t(`reports.area.${area}`)}</legend>
          <Table
            caption={t(`reports.area.${area}`)}
            columns={columns({ t, f })}
            rows={props.indicators
              .filter((indicator) => indicator.area === area)
              .map((indicator) => ({
                indicator,
                entry: props.values[indicator.code],
                system: props.systemValues[indicator.code],
                previous: props.previous[indicator.code],
                errors: messagesFor(indicator.code),
                returnComment: props.returnComments[indicator.code],
              }))}
            rowKey={(row) => row.indicator.code}
            rowProps={(row) => ({ className: "align-top", "data-indicator": row.indicator.code })}
            framed={false}
          />
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
