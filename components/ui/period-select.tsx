"use client";
// A long period select fed compact data (issue 19): the server sends the periods' URL keys
// ("2024", "2024-Q2", "2024-06") and three label templates instead of a hundred rendered
// <option>s, so a client-side navigation's RSC payload carries about 1 KB instead of the whole
// list; the server-side render still writes every option into the HTML, so the GET form works
// without JavaScript. Labels are the catalogue's period.* messages filled as formatPeriod does.
import { useMemo } from "react";
import { SelectField } from "@/components/ui/controls";
import { parsePeriodKey } from "@/lib/metrics/periods";

/** The catalogue's "period.year", "period.quarter", "period.month" (with {year}, {quarter}, {month}). */
export type PeriodLabels = { year: string; quarter: string; month: string };

const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

const fillIn = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The label formatPeriod gives the period `key` names (the key itself for a range or a bad key). */
export function periodLabel(key: string, labels: PeriodLabels): string {
  const period = parsePeriodKey(key);
  if (!period) return key;
  const year = period.from.slice(0, 4);
  const month = period.from.slice(5, 7);
  switch (period.kind) {
    case "year":
      return fillIn(labels.year, { year });
    case "quarter":
      return fillIn(labels.quarter, { year, quarter: ROMAN_QUARTERS[Math.floor((Number(month) - 1) / 3)]! });
    case "month":
      return fillIn(labels.month, { year, month });
    case "range":
      return key;
  }
}

export function PeriodSelect({ id, name, label, keys, selected, labels, testId }: {
  id: string;
  name: string;
  label: string;
  keys: readonly string[];
  selected: string;
  labels: PeriodLabels;
  testId?: string;
}) {
  const options = useMemo(() => keys.map((key) => ({ value: key, label: periodLabel(key, labels) })), [keys, labels]);
  return <SelectField id={id} name={name} label={label} defaultValue={selected} options={options} testId={testId} />;
}
