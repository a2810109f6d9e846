"use client";
// The progress of an upload's dry run or a confirmed write, read from the route's NDJSON stream.
import { t } from "@/lib/i18n";

/** A labelled progress bar; `max` 0 draws an indeterminate bar with the label only. */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : null;
  return (
    <div className="space-y-1" data-testid="import-progress">
      <progress className="h-3 w-full accent-brand-700" value={percent ?? undefined} max={100} aria-label={label} />
      <p className="text-sm text-muted" aria-live="polite">
        {label}
        {percent !== null ? ` (${percent} %)` : ""}
      </p>
    </div>
  );
}

export const progressText = {
  checking: (rows: string) => t("import.checking", { rows }),
  writing: (rows: string, total: string) => t("import.writing", { rows, total }),
  /** every row staged: the one upsert (and the rollup triggers) runs without further counts */
  finishing: (total: string) => t("import.finishing", { total }),
};
