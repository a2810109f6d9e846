// Imports are Home Affairs' work: other roles get a 404 before any page here streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("import.run");
