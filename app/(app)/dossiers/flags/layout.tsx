// Inspectors only: anyone else gets a 404 before the page streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("inspectionFlag.manage");
