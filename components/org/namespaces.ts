// The message namespaces the organisation's client components read (the unit form, the
// reorganisation editor and its preview): the pages that render them give these to IntlClient.
import { SHELL_NAMESPACES, type Namespace, type SubNamespace } from "@/lib/i18n/server";

export const UNIT_FORM_NAMESPACES = [...SHELL_NAMESPACES, "org", "agency"] as const satisfies readonly (Namespace | SubNamespace)[];
