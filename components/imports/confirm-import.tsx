"use client";
// The confirmation of a dry-run import: posts to /api/imports/[id]/confirm and shows the rows
// written as they go; the page reloads with the outcome when the transaction has ended.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { buttonClass } from "@/components/ui/form-fields";
import { readLines } from "@/lib/api/ndjson";
import { ProgressBar, useProgressText } from "./progress";

/** `again`: the write failed (or its server died) and may be confirmed once more. */
export function ConfirmImport({ runId, validRows, again = false }: { runId: number; validRows: number; again?: boolean }) {
  const router = useRouter();
  const t = useTranslations("import");
  const f = useFormat();
  const progressText = useProgressText();
  const [rows, setRows] = useState<number | null>(null);
  // every row staged: the one INSERT … ON CONFLICT (and the rollup triggers) is running
  const [upserting, setUpserting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setRows(0);
    setError(null);
    try {
      const response = await fetch(`/api/imports/${runId}/confirm`, { method: "POST" });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: string };
        throw new Error(body.message ?? response.statusText);
      }
      await readLines(response, (line) => {
        if (line.type === "progress") {
          setRows(Number(line.rows ?? 0));
          setUpserting(line.upserting === 1);
        }
        if (line.type === "error") setError(String(line.message));
      });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">{t("confirmNote")}</p>
      {rows !== null && error === null ? (
        <ProgressBar
          value={rows}
          max={validRows}
          label={upserting ? progressText.finishing(f.number(validRows)) : progressText.writing(f.number(Math.min(rows, validRows)), f.number(validRows))}
        />
      ) : null}
      <div role="alert">{error ? <p className="rounded-md border border-accent-600/40 bg-accent-100 px-3 py-2 text-sm text-accent-700">{error}</p> : null}</div>
      <button type="button" className={buttonClass} onClick={confirm} disabled={rows !== null && error === null}>
        {t(again ? "confirmAgain" : "confirm", { count: validRows })}
      </button>
    </div>
  );
}
