// The provincial systems' API tokens: name, prefix, scopes, who created them and when, last use,
// and revoking (a revoked token says when). Its revoke forms read the "apiTokens" messages on the
// client: the page renders it inside ApiTokensIntl (./import-intl.tsx).
import { useTranslations } from "next-intl";
import { Table, type Column } from "@/components/ui/table";
import type { ServerAction } from "@/lib/auth/create-action";
import type { ApiTokenRow, RevokedApiToken } from "@/lib/data/api-tokens";
import { useFormat } from "@/lib/i18n/use-format";
import { RevokeApiTokenForm } from "./api-token-forms";

export function ApiTokenTable({ tokens, revoke }: { tokens: ApiTokenRow[]; revoke: ServerAction<RevokedApiToken> }) {
  const t = useTranslations();
  const f = useFormat();
  const columns: Column<ApiTokenRow>[] = [
    { key: "name", header: t("apiTokens.name"), rowHeader: true, cell: (token) => token.name },
    { key: "prefix", header: t("apiTokens.col.prefix"), className: "font-mono", cell: (token) => `${token.prefix}…` },
    { key: "scopes", header: t("apiTokens.scopes"), cell: (token) => token.scopes.map((scope) => t(`import.kind.${scope}`)).join(", ") },
    { key: "created", header: t("apiTokens.col.created"), className: "tabular-nums", cell: (token) => `${f.dateTime(token.createdAt)} · ${token.createdBy.fullName}` },
    { key: "lastUsed", header: t("apiTokens.col.lastUsed"), className: "tabular-nums", cell: (token) => (token.lastUsedAt ? f.dateTime(token.lastUsedAt) : "—") },
    {
      key: "revoke",
      header: t("apiTokens.revoke"),
      headerHidden: true,
      cell: (token) => (token.revokedAt ? `${t("apiTokens.revoked")} ${f.dateTime(token.revokedAt)}` : <RevokeApiTokenForm action={revoke} tokenId={token.id} />),
    },
  ];
  return <Table caption={t("apiTokens.title")} columns={columns} rows={tokens} rowKey={(token) => token.id} empty={t("apiTokens.none")} testId="api-tokens" />;
}
