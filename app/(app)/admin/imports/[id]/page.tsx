import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getImport } from "@/lib/data/imports/read";
import { ERROR_SAMPLE_SIZE } from "@/lib/import/pipeline";
import { STORED_FILE_LIMIT_BYTES } from "@/lib/import/files";
import { t } from "@/lib/i18n";
import { formatBytes, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { StatCard } from "@/components/ui/stat-card";
import { ConfirmImport } from "@/components/imports/confirm-import";

export const metadata: Metadata = { title: t("import.detail") };

type Props = { params: Promise<{ id: string }> };

export default async function ImportPage({ params }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "import.run")) notFound();
  const id = Number((await params).id);
  const run = Number.isSafeInteger(id) && id > 0 ? await getImport(viewer, id) : null;
  if (!run) notFound();
  const done = run.status === "COMPLETED";
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/admin/imports" className="text-brand-700 underline">
          {t("import.back")}
        </Link>
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{run.fileName}</h1>
        <p className="text-muted">
          {t(`import.kind.${run.kind}`)} · {run.createdBy.fullName} · {formatDateTime(run.createdAt)} · {formatBytes(run.fileSize)}
        </p>
        <p className="font-semibold" data-testid="import-status">
          {t(`import.status.${run.status}`)}
        </p>
      </div>
      {run.message ? (
        <p role="alert" className="rounded-md border border-accent-600/40 bg-accent-100 px-3 py-2 text-accent-700">
          {run.message}
        </p>
      ) : null}
      {run.status !== "REFUSED" ? (
        <dl className="grid gap-4 sm:grid-cols-4">
          <StatCard label={t("import.total")} value={formatNumber(run.totalRows)} testId="import-total" />
          <StatCard label={t(done ? "import.created" : "import.toCreate")} value={formatNumber(run.createRows)} testId="import-create" />
          <StatCard label={t(done ? "import.updated" : "import.toUpdate")} value={formatNumber(run.updateRows)} testId="import-update" />
          <StatCard label={t("import.rejected")} value={formatNumber(run.rejectedRows)} testId="import-rejected" />
        </dl>
      ) : null}
      <p className="flex flex-wrap gap-4">
        {run.hasErrorReport ? (
          <a className="text-brand-700 underline" href={`/api/imports/${run.id}/file?which=errors`}>
            {t("import.downloadErrors")}
          </a>
        ) : null}
        {run.hasOriginal ? (
          <a className="text-brand-700 underline" href={`/api/imports/${run.id}/file?which=original`}>
            {t("import.downloadOriginal")}
          </a>
        ) : (
          <span className="text-muted">{t("import.originalNotKept", { stored: formatBytes(STORED_FILE_LIMIT_BYTES) })}</span>
        )}
      </p>
      {run.confirmable ? <ConfirmImport runId={run.id} validRows={run.createRows + run.updateRows} again={run.status === "FAILED"} /> : null}
      {done ? <p className="font-semibold text-brand-900">{t("import.done")}</p> : null}
      {run.errorSample.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-xl font-semibold text-brand-900">{t("import.rejectedList", { count: formatNumber(ERROR_SAMPLE_SIZE) })}</h2>
          <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
            <table className="min-w-full text-left text-sm" data-testid="import-errors">
              <thead className="bg-brand-50 text-brand-900">
                <tr>
                  <th scope="col" className="px-4 py-2">{t("import.report.line")}</th>
                  <th scope="col" className="px-4 py-2">{t("import.report.column")}</th>
                  <th scope="col" className="px-4 py-2">{t("import.report.reason")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {run.errorSample.map((error, i) => (
                  <tr key={i}>
                    <td className="px-4 py-2 tabular-nums">{formatNumber(error.line)}</td>
                    <td className="px-4 py-2">{error.column}</td>
                    <td className="px-4 py-2">{error.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
