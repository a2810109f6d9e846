// Writes lib/i18n/messages/nested.generated.ts (see lib/i18n/messages/nested-type.ts).
import { writeFileSync } from "node:fs";
import { nestedTypeSource } from "@/lib/i18n/messages/nested-type";

writeFileSync("lib/i18n/messages/nested.generated.ts", nestedTypeSource());
