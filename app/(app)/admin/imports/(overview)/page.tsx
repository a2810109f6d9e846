// File imports (Home Affairs only: ../layout.tsx): upload a file, and the history of imports.
import type { Metadata } from "next";
import { ImportIntl } from "@/components/imports/import-intl";
import { ImportTable } from "@/components/imports/import-table";
import { UploadForm } from "@/components/imports/upload-form";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/page-access";
import { listImports } from "@/lib/data/imports/read";
import { STORED_FILE_LIMIT_BYTES, UPLOAD_LIMIT_BYTES } from "@/lib/import/files";
import { getIntl } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("import.title") };
}

export default async function ImportsPage() {
  const [rows, { t, f }] = await Promise.all([requirePermission("import.run").then(listImports), getIntl()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("import.heading")} intro={t("import.intro")} actions={<ButtonLink href="/admin/api-tokens">{t("import.apiTokens")}</ButtonLink>}>
        <p className="text-sm text-muted">{t("import.limits", { upload: f.bytes(UPLOAD_LIMIT_BYTES), stored: f.bytes(STORED_FILE_LIMIT_BYTES) })}</p>
      </PageHeader>
      <ImportIntl>
        <UploadForm />
      </ImportIntl>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold text-brand-900">{t("import.history")}</h2>
        <ImportTable rows={rows} />
      </section>
    </div>
  );
}
