// The organisation's history as the pages read it: every unit with its validity and the lines of the
// reorganisations, loaded once per request and handed to lib/org (successors, today's units).
import "server-only";
import { cache } from "react";
import type { AdminLevel, AgencyKind } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { getDataAsOf } from "@/lib/data/province/settings";
import type { LocalDate } from "@/lib/metrics/periods";
import { Succession } from "@/lib/org/succession";
import type { OrgLine, OrgUnit } from "@/lib/org/types";

export type OrganisationUnit = OrgUnit & {
  code: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  level: AdminLevel;
  synthetic: boolean;
};

export type Organisation = {
  units: OrganisationUnit[];
  byId: Map<number, OrganisationUnit>;
  lines: OrgLine[];
  succession: Succession;
  /** the data's day: "today" for today's units */
  asOf: LocalDate;
};

const isoDay = (value: Date) => value.toISOString().slice(0, 10);

/**
 * Every unit and line, once per request. Unscoped on purpose ("unsafe"): the tree is not private —
 * every role reads province figures by unit (DESIGN §2) — and every caller scopes the figures it
 * reads with the viewer, never with this.
 * Scope: none needed — units and lines only, no figures; callers scope their reads by the viewer.
 */
export const unsafeLoadOrganisation = cache(async (): Promise<Organisation> => {
  const db = getDb();
  const [agencies, lines, asOf] = await Promise.all([
    db.agency.findMany({
      select: { id: true, code: true, name: true, shortName: true, kind: true, level: true, parentId: true, validFrom: true, validTo: true, synthetic: true },
      orderBy: { id: "asc" },
    }),
    db.reorganisationLine.findMany({
      select: {
        kind: true, predecessorId: true, successorId: true, share: true, fromParentId: true, toParentId: true,
        reorganisation: { select: { effectiveOn: true } },
      },
      orderBy: { id: "asc" },
    }),
    getDataAsOf(),
  ]);
  const units: OrganisationUnit[] = agencies.map((a) => ({ ...a, validFrom: isoDay(a.validFrom), validTo: a.validTo ? isoDay(a.validTo) : null }));
  const orgLines: OrgLine[] = lines.map((line) => ({
    kind: line.kind,
    predecessorId: line.predecessorId,
    successorId: line.successorId,
    share: Number(line.share.toString()),
    effectiveOn: isoDay(line.reorganisation.effectiveOn),
    fromParentId: line.fromParentId,
    toParentId: line.toParentId,
  }));
  return { units, byId: new Map(units.map((unit) => [unit.id, unit])), lines: orgLines, succession: new Succession(units, orgLines), asOf };
});

/**
 * The units whose history `agencyId` carries on the data's day (its predecessors), for the
 * session's viewer. Unscoped ("unsafe"): it builds the scope itself.
 * Scope: the agency is the signed-in user's own (lib/data/auth.ts unsafeFindSessionUser), never input.
 */
export async function unsafeListPredecessorIds(agencyId: number): Promise<number[]> {
  const organisation = await unsafeLoadOrganisation();
  return organisation.succession.predecessorsOf(agencyId, organisation.asOf);
}
