// The message namespace the account forms read (client components): the user pages give it to IntlClient.
import { SHELL_NAMESPACES, type Namespace, type SubNamespace } from "@/lib/i18n/server";

export const USER_FORM_NAMESPACES = [...SHELL_NAMESPACES, "users"] as const satisfies readonly (Namespace | SubNamespace)[];
