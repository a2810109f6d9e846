// The messages the imports pages' client components read (UploadForm, ConfirmImport, ProgressBar:
// the shell's, "import" and "action" for a failed upload's line) and the API tokens' forms' ("apiTokens"
// and "import" for the scopes' names): a few namespaces, not the catalogue (issue 19).
import type { ReactNode } from "react";
import { IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";

const IMPORT_NAMESPACES = [...SHELL_NAMESPACES, "import", "action"] as const;

const API_TOKEN_NAMESPACES = [...SHELL_NAMESPACES, "apiTokens", "import"] as const;

export function ImportIntl({ children }: { children: ReactNode }) {
  return <IntlClient namespaces={IMPORT_NAMESPACES}>{children}</IntlClient>;
}

export function ApiTokensIntl({ children }: { children: ReactNode }) {
  return <IntlClient namespaces={API_TOKEN_NAMESPACES}>{children}</IntlClient>;
}
