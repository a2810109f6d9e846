// Assessments are entered by Home Affairs only: other roles get a 404 before the page streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("assessment.manage");
