// The province's catalogue of administrative procedures and their fields, the same for every
// viewer (the procedure list is published). Dossier figures of a procedure are read through the
// viewer's scope (lib/data/dossier-drill.ts).
import "server-only";
import { getDb } from "@/lib/db";

export async function findField(fieldId: number) {
  return getDb().procedureField.findUnique({ where: { id: fieldId }, select: { id: true, name: true } });
}

export async function findProcedure(procedureId: number) {
  return getDb().procedure.findUnique({
    where: { id: procedureId },
    select: { id: true, code: true, name: true, level: true, field: { select: { id: true, name: true } } },
  });
}
