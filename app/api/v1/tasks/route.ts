// Tasks from the document-management software: POST a batch (≤ 10,000), GET with filters and a cursor.
import { batchHandler, listHandler } from "@/lib/api/handler";
import { listTasks } from "@/lib/data/api-records";

export const dynamic = "force-dynamic";
export const POST = batchHandler("TASK");
export const GET = listHandler("TASK", listTasks);
