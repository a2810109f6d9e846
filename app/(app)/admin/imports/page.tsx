import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listImports } from "@/lib/data/imports/read";
import { STORED_FILE_LIMIT_BYTES, UPLOAD_LIMIT_BYTES } from "@/lib/import/files";
import { t } from "@/lib/i18n";
import { formatBytes } from "@/lib/i18n/format";
import { UploadForm } from "@/components/imports/upload-form";
import { ImportTable } from "@/components/imports/import-table";

export const metadata: Metadata = { title: t("import.title") };

export default async function ImportsPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "import.run")) notFound();
  const rows = await listImports(viewer);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("import.heading")}</h1>
          <p className="text-foreground">{t("import.intro")}</p>
          <p className="text-sm text-muted">{t("import.limits", { upload: formatBytes(UPLOAD_LIMIT_BYTES), stored: formatBytes(STORED_FILE_LIMIT_BYTES) })}</p>
        </div>
        <Link href="/admin/api-tokens" className="text-brand-700 underline">
          {t("import.apiTokens")}
        </Link>
      </div>
      <UploadForm />
      <section className="space-y-3">
        <h2 className="text-xl font-semibold text-brand-900">{t("import.history")}</h2>
        <ImportTable rows={rows} />
      </section>
    </div>
  );
}
