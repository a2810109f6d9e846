// The provincial systems' API tokens (Home Affairs only: ./layout.tsx): create one (shown once), revoke.
import type { Metadata } from "next";
import { CreateApiTokenForm } from "@/components/imports/api-token-forms";
import { ApiTokenTable } from "@/components/imports/api-token-table";
import { ApiTokensIntl } from "@/components/imports/import-intl";
import { PageHeader } from "@/components/ui/page-header";
import { RATE_LIMIT_PER_MINUTE } from "@/lib/api/rate-limit";
import { requirePermission } from "@/lib/auth/page-access";
import { listApiTokens } from "@/lib/data/api-tokens";
import { getIntl } from "@/lib/i18n/server";
import { createApiToken, revokeApiToken } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("apiTokens.title") };
}

export default async function ApiTokensPage() {
  const [viewer, { t }] = await Promise.all([requirePermission("import.run"), getIntl()]);
  const tokens = await listApiTokens(viewer);
  return (
    <div className="space-y-6">
      <PageHeader title={t("apiTokens.title")} intro={t("apiTokens.intro", { limit: String(RATE_LIMIT_PER_MINUTE) })}>
        <a className="text-brand-700 underline" href="/api/v1/openapi.json">
          {t("apiTokens.openapi")}
        </a>
      </PageHeader>
      {/* the forms read the "apiTokens" messages on the client (issue 23) */}
      <ApiTokensIntl>
        <CreateApiTokenForm action={createApiToken} />
        <ApiTokenTable tokens={tokens} revoke={revokeApiToken} />
      </ApiTokensIntl>
    </div>
  );
}
