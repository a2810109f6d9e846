// The provincial systems' API tokens: name, prefix, scopes, who created them and when, last use,
// and revoking (a revoked token says when).
import { Table, type Column } from "@/components/ui/table";
import type { ServerAction } from "@/lib/auth/create-action";
import type { ApiTokenRow, RevokedApiToken } from "@/lib/data/api-tokens";
import { t } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { RevokeApiTokenForm } from "./api-token-forms";

export function ApiTokenTable({ tokens, revoke }: { tokens: ApiTokenRow[]; revoke: ServerAction<RevokedApiToken> }) {
  const columns: Column<ApiTokenRow>[] = [
    { key: "name", header: t("apiTokens.name"), rowHeader: true, cell: (token) => token.name },
    { key: "prefix", header: t("apiTokens.col.prefix"), className: "font-mono", cell: (token) => `${token.prefix}…` },
    { key: "scopes", header: t("apiTokens.scopes"), cell: (token) => token.scopes.map((scope) => t(`import.kind.${scope}`)).join(", ") },
    { key: "created", header: t("apiTokens.col.created"), className: "tabular-nums", cell: (token) => `${formatDateTime(token.createdAt)} · ${token.createdBy.fullName}` },
    { key: "lastUsed", header: t("apiTokens.col.lastUsed"), className: "tabular-nums", cell: (token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "—") },
    {
      key: "revoke",
      header: t("apiTokens.revoke"),
      headerHidden: true,
      cell: (token) => (token.revokedAt ? `${t("apiTokens.revoked")} ${formatDateTime(token.revokedAt)}` : <RevokeApiTokenForm action={revoke} tokenId={token.id} />),
    },
  ];
  return <Table caption={t("apiTokens.title")} columns={columns} rows={tokens} rowKey={(token) => token.id} empty={t("apiTokens.none")} testId="api-tokens" />;
}
