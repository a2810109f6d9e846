// Agency staff report their own agency's headcount; other roles get a 404 before the page streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("staffingActual.report");
