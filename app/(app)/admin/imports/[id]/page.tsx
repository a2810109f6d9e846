import type { Metadata } from "next";
import { ERROR_SAMPLE_SIZE } from "@/lib/import/pipeline";
import { STORED_FILE_LIMIT_BYTES } from "@/lib/import/files";
import { reasonText } from "@/lib/import/reasons";
import { getIntl } from "@/lib/i18n/server";
import { ImportIntl } from "@/components/imports/import-intl";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { ConfirmImport } from "@/components/imports/confirm-import";
import { ImportErrors } from "@/components/imports/import-table";
import { loadImport, type ImportParams } from "./load";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("import.detail") };
}

export default async function ImportPage({ params }: { params: ImportParams }) {
  const [run, { t, f }] = await Promise.all([params.then(({ id }) => loadImport(id)), getIntl()]);
  const done = run.status === "COMPLETED";
  return (
    <div className="space-y-6">
      <PageHeader title={run.fileName} back={{ href: "/admin/imports", label: t("import.back") }}>
        <p className="text-muted">
          {t(`import.kind.${run.kind}`)} · {run.createdBy.fullName} · {f.dateTime(run.createdAt)} · {f.bytes(run.fileSize)}
        </p>
        <p className="font-semibold" data-testid="import-status">
          {t(`import.status.${run.status}`)}
        </p>
      </PageHeader>
      {run.message ? (
        <p role="alert" className="rounded-md border border-accent-600/40 bg-accent-100 px-3 py-2 text-accent-700">
          {reasonText(run.message, f.locale)}
        </p>
      ) : null}
      {run.status !== "REFUSED" ? (
        <dl className="grid gap-4 sm:grid-cols-4">
          <StatCard label={t("import.total")} value={f.number(run.totalRows)} testId="import-total" />
          <StatCard label={t(done ? "import.created" : "import.toCreate")} value={f.number(run.createRows)} testId="import-create" />
          <StatCard label={t(done ? "import.updated" : "import.toUpdate")} value={f.number(run.updateRows)} testId="import-update" />
          <StatCard label={t("import.rejected")} value={f.number(run.rejectedRows)} testId="import-rejected" />
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
          <span className="text-muted">{t("import.originalNotKept", { stored: f.bytes(STORED_FILE_LIMIT_BYTES) })}</span>
        )}
      </p>
      {run.confirmable ? (
        <ImportIntl>
          <ConfirmImport runId={run.id} validRows={run.createRows + run.updateRows} again={run.status === "FAILED"} />
        </ImportIntl>
      ) : null}
      {done ? <p className="font-semibold text-brand-900">{t("import.done")}</p> : null}
      {run.errorSample.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-xl font-semibold text-brand-900">{t("import.rejectedList", { count: f.number(ERROR_SAMPLE_SIZE) })}</h2>
          <ImportErrors errors={run.errorSample} caption={t("import.rejectedList", { count: f.number(ERROR_SAMPLE_SIZE) })} />
        </section>
      ) : null}
    </div>
  );
}
