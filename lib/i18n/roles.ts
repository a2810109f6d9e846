// Role names as the UI shows them (DESIGN §2), from the message catalogue.
import type { Role } from "@/lib/generated/prisma/enums";
import { t, type MessageKey } from "./index";

const ROLE_KEYS: Record<Role, MessageKey> = {
  LEADER: "role.LEADER",
  HOME_AFFAIRS: "role.HOME_AFFAIRS",
  AGENCY: "role.AGENCY",
  INSPECTOR: "role.INSPECTOR",
  ADMIN: "role.ADMIN",
};

/** "AGENCY" → "Cơ quan, đơn vị". */
export function roleLabel(role: Role): string {
  return t(ROLE_KEYS[role]);
}
