// The messages the inspection flags' client forms read (FlagForm, ResolveFlagForm): the shell's and
// the "flags" namespace, not the catalogue (issue 19's page weight).
import type { ReactNode } from "react";
import { IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";

const FLAG_NAMESPACES = [...SHELL_NAMESPACES, "flags"] as const;

export function FlagsIntl({ children }: { children: ReactNode }) {
  return <IntlClient namespaces={FLAG_NAMESPACES}>{children}</IntlClient>;
}
