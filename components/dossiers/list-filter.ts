// The dossier list's filter from its parameters, shared by the list page and its workbook so that
// the two never list different dossiers: by today's units a current unit lists its predecessors'
// dossiers too.
import type { AgencyHeading } from "@/lib/data/dossier-drill";
import type { DossierListFilter } from "@/lib/data/dossier-list";
import type { dossierListParams } from "@/lib/validations/dossier-params";
import type { z } from "zod";

type ListParams = z.output<ReturnType<typeof dossierListParams>>;

export function dossierListFilter(params: ListParams, agency: Pick<AgencyHeading, "id" | "predecessors"> | null): DossierListFilter {
  const { query, status } = params;
  return {
    period: query.period,
    ...(agency && agency.predecessors.length > 0 ? { agencyIds: [agency.id, ...agency.predecessors.map((p) => p.id)] } : { agencyId: params.agency }),
    procedureId: params.procedure,
    officialId: params.official,
    channel: query.channel,
    level: query.level,
    status,
  };
}
