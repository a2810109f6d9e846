// Quota decisions are Home Affairs' alone: other roles get a 404 before any of these pages streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("staffingQuota.manage");
