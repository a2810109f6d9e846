// Units and reorganisations are managed by Home Affairs and the administrator: other roles get a 404 before any page here streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("agency.manage");
