// The indicator catalogue and its rules are Home Affairs' to change: other roles get a 404 before any page here streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("indicator.manage");
