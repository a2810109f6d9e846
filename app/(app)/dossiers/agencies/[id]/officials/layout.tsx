// Officials' names and late rates: roles that may read officials only; agency staff get a 404
// before the page streams (DESIGN §2).
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("official.read");
