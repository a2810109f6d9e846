// Accounts are managed by Home Affairs (agency staff) and the administrator: other roles get a 404 before any page here streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("user.manage");
