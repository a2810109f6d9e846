"use client";
// The progress of an upload's dry run or a confirmed write, read from the route's NDJSON stream.
// Its words are the "import" namespace's (the imports pages give it: components/imports/import-intl.tsx).
import { useTranslations } from "next-intl";

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

/** The progress lines, with the counts already formatted. */
export function useProgressText() {
  const t = useTranslations("import");
  return {
    checking: (rows: string) => t("checking", { rows }),
    writing: (rows: string, total: string) => t("writing", { rows, total }),
    /** every row staged: the one upsert (and the rollup triggers) runs without further counts */
    finishing: (total: string) => t("finishing", { total }),
  };
}
