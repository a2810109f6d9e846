// The queue's schedules and failed jobs are the administrator's: other roles get a 404 before any page here streams.
import { permissionGate } from "@/components/shell/gate";

export default permissionGate("settings.manage");
