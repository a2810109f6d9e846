import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listApiTokens } from "@/lib/data/api-tokens";
import { RATE_LIMIT_PER_MINUTE } from "@/lib/api/rate-limit";
import { t } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { CreateApiTokenForm, RevokeApiTokenForm } from "@/components/imports/api-token-forms";
import { createApiToken, revokeApiToken } from "./actions";

export const metadata: Metadata = { title: t("apiTokens.title") };

export default async function ApiTokensPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "import.run")) notFound();
  const tokens = await listApiTokens(viewer);
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("apiTokens.title")}</h1>
        <p className="text-foreground">{t("apiTokens.intro", { limit: RATE_LIMIT_PER_MINUTE })}</p>
        <a className="text-brand-700 underline" href="/api/v1/openapi.json">
          {t("apiTokens.openapi")}
        </a>
      </div>
      <CreateApiTokenForm action={createApiToken} />
      {tokens.length === 0 ? (
        <p className="rounded-md border border-border bg-surface px-4 py-6 text-center text-muted">{t("apiTokens.none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
          <table className="min-w-full text-left text-sm" data-testid="api-tokens">
            <thead className="bg-brand-50 text-brand-900">
              <tr>
                <th scope="col" className="px-4 py-3">{t("apiTokens.name")}</th>
                <th scope="col" className="px-4 py-3">{t("apiTokens.col.prefix")}</th>
                <th scope="col" className="px-4 py-3">{t("apiTokens.scopes")}</th>
                <th scope="col" className="px-4 py-3">{t("apiTokens.col.created")}</th>
                <th scope="col" className="px-4 py-3">{t("apiTokens.col.lastUsed")}</th>
                <th scope="col" className="px-4 py-3">
                  <span className="sr-only">{t("apiTokens.revoke")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td className="px-4 py-3">{token.name}</td>
                  <td className="px-4 py-3 font-mono">{token.prefix}…</td>
                  <td className="px-4 py-3">{token.scopes.map((scope) => t(`import.kind.${scope}`)).join(", ")}</td>
                  <td className="px-4 py-3 tabular-nums">
                    {formatDateTime(token.createdAt)} · {token.createdBy.fullName}
                  </td>
                  <td className="px-4 py-3 tabular-nums">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "—"}</td>
                  <td className="px-4 py-3">
                    {token.revokedAt ? `${t("apiTokens.revoked")} ${formatDateTime(token.revokedAt)}` : <RevokeApiTokenForm action={revokeApiToken} tokenId={token.id} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
