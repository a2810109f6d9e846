// Dossiers from the one-stop system: POST a batch (≤ 10,000), GET with filters and a cursor.
import { batchHandler, listHandler } from "@/lib/api/handler";
import { listDossiers } from "@/lib/data/api-records";

export const dynamic = "force-dynamic";
export const POST = batchHandler("DOSSIER");
export const GET = listHandler("DOSSIER", listDossiers);
