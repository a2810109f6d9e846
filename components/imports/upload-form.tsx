"use client";
// Upload of an import file: the raw file is sent to /api/imports, which streams the dry run's
// progress back; then the page of that import shows its result.
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { buttonClass, inputClass } from "@/components/ui/form-fields";
import { readLines } from "@/lib/api/ndjson";
import { ProgressBar, useProgressText } from "./progress";

const KINDS: readonly ImportKind[] = ["DOSSIER", "TASK", "PROCEDURE"];

export function UploadForm() {
  const router = useRouter();
  const t = useTranslations();
  const f = useFormat();
  const progressText = useProgressText();
  const [kind, setKind] = useState<ImportKind>("DOSSIER");
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ rows: number; bytes: number; size: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setProgress({ rows: 0, bytes: 0, size: file.size });
    try {
      const response = await fetch("/api/imports", {
        method: "POST",
        headers: { "x-import-kind": kind, "x-file-name": encodeURIComponent(file.name), "content-type": "application/octet-stream" },
        body: file,
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: string };
        throw new Error(body.message ?? response.statusText);
      }
      let runId: number | null = null;
      await readLines(response, (line) => {
        if (line.type === "progress") setProgress({ rows: Number(line.rows ?? 0), bytes: Number(line.bytes ?? 0), size: file.size });
        if (line.type === "done") runId = Number(line.runId);
        if (line.type === "error") throw new Error(String(line.message));
      });
      if (runId === null) throw new Error(t("action.failed"));
      router.push(`/admin/imports/${runId}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-border bg-surface p-5 shadow-sm" aria-busy={busy}>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="kind" className="block text-sm font-medium text-foreground">
            {t("import.kindLabel")}
          </label>
          <select id="kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value as ImportKind)} className={inputClass} disabled={busy}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`import.kind.${k}`)}
              </option>
            ))}
          </select>
          <p className="mt-1 text-sm text-muted">
            {t("import.templates")}:{" "}
            <a className="text-brand-700 underline" href={`/api/imports/template?kind=${kind}&format=csv`}>
              {t("import.templateCsv")}
            </a>
            {" · "}
            <a className="text-brand-700 underline" href={`/api/imports/template?kind=${kind}&format=xlsx`}>
              {t("import.templateXlsx")}
            </a>
          </p>
        </div>
        <div>
          <label htmlFor="file" className="block text-sm font-medium text-foreground">
            {t("import.file")}
          </label>
          <input id="file" name="file" type="file" required accept=".csv,.xlsx,text/csv" className={inputClass} disabled={busy} />
        </div>
      </div>
      {progress ? (
        <ProgressBar
          value={progress.bytes}
          max={progress.bytes > 0 ? progress.size : 0}
          label={progress.rows > 0 ? progressText.checking(f.number(progress.rows)) : t("import.uploading")}
        />
      ) : null}
      <div role="alert">{error ? <p className="rounded-md border border-accent-600/40 bg-accent-100 px-3 py-2 text-sm text-accent-700">{error}</p> : null}</div>
      <button type="submit" className={buttonClass} disabled={busy}>
        {busy ? t("import.uploading") : t("import.upload")}
      </button>
    </form>
  );
}
