// The API tokens belong to the import work of Home Affairs: other roles get a 404 before any page here streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("import.run");
