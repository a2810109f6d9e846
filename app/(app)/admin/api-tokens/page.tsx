// The provincial systems' API tokens (Home Affairs only: ./layout.tsx): create one (shown once), revoke.
import type { Metadata } from "next";
import { CreateApiTokenForm } from "@/components/imports/api-token-forms";
import { ApiTokenTable } from "@/components/imports/api-token-table";
import { PageHeader } from "@/components/ui/page-header";
import { RATE_LIMIT_PER_MINUTE } from "@/lib/api/rate-limit";
import { requirePermission } from "@/lib/auth/page-access";
import { listApiTokens } from "@/lib/data/api-tokens";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { createApiToken, revokeApiToken } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("apiTokens.title") };
}

/** The token forms' messages (components/imports: the create and revoke forms are client components). */
const TOKEN_NAMESPACES = [...SHELL_NAMESPACES, "apiTokens", "import"] as const;

export default async function ApiTokensPage() {
  const [tokens, { t, f }] = await Promise.all([requirePermission("import.run").then(listApiTokens), getIntl()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("apiTokens.title")} intro={t("apiTokens.intro", { limit: f.number(RATE_LIMIT_PER_MINUTE) })}>
        <a className="text-brand-700 underline" href="/api/v1/openapi.json">
          {t("apiTokens.openapi")}
        </a>
      </PageHeader>
      <IntlClient namespaces={TOKEN_NAMESPACES}>
        <CreateApiTokenForm action={createApiToken} />
        <ApiTokenTable tokens={tokens} revoke={revokeApiToken} />
      </IntlClient>
    </div>
  );
}
