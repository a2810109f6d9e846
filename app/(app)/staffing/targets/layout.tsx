// Province targets are Home Affairs' to change: other roles get a 404 before the page streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("target.manage");
