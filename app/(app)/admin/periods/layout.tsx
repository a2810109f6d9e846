// Reporting periods are Home Affairs' to open and reopen: other roles get a 404 before any page here streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("period.manage");
