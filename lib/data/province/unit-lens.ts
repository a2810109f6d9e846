// Reading figures kept by the agency that produced them as figures of the units a page lists: today's
// units (a current unit carries its predecessors' history, by share) or the units of that time
// (docs/ORGANISATION.md). The rollups stay keyed by agency id; only the reading changes. Province-wide
// (lib/data/province/): the lens holds the organisation, which is not private; the figures read
// through it are scoped by their own reads, and listedUnits() by the viewer it is given.
import "server-only";
import { readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { unsafeLoadOrganisation, type Organisation, type OrganisationUnit } from "@/lib/data/organisation";
import type { Period } from "@/lib/metrics/periods";
import { divideCount, rollUpCounts, type Counts } from "@/lib/org/rollup";
import type { Share } from "@/lib/org/types";
import { inForceDuring } from "@/lib/org/types";
import type { UnitsView } from "@/lib/org/views";

export class UnitLens {
  constructor(
    readonly organisation: Organisation,
    readonly view: UnitsView,
  ) {}

  /** The units that carry `agencyId`'s rows in this view, with their shares. */
  sharesOf(agencyId: number): readonly Share[] {
    if (this.view === "time") return [{ agencyId, share: 1 }];
    return this.organisation.succession.currentUnitsOf(agencyId, this.organisation.asOf);
  }

  /** Whether `unitId` is read with its predecessors: today's view, and a unit in force today. */
  carriesHistory(unitId: number): boolean {
    return this.view === "today" && this.organisation.succession.isCurrent(unitId, this.organisation.asOf);
  }

  /**
   * The agencies whose rows make up `unitId`'s figures: the unit and, today, its predecessors. A
   * unit that has ended is read by itself whatever the view: nobody today is what it was.
   */
  sourcesOf(unitId: number): number[] {
    if (!this.carriesHistory(unitId)) return [unitId];
    return [unitId, ...this.organisation.succession.predecessorsOf(unitId, this.organisation.asOf)];
  }

  /** The part of a count of `agencyId` that `unitId` carries (the largest-remainder split of lib/org). */
  partOf(agencyId: number, unitId: number, value: number): number {
    if (!this.carriesHistory(unitId)) return agencyId === unitId ? value : 0;
    const shares = this.sharesOf(agencyId);
    const i = shares.findIndex((part) => part.agencyId === unitId);
    return i < 0 ? 0 : divideCount(value, shares)[i]!;
  }

  /** Counts keyed by producing agency, read as counts of the units that carry them. */
  rollUp<K extends string>(byAgency: ReadonlyMap<number, Counts<K>>, keys: readonly K[]) {
    return rollUpCounts(byAgency, (id) => this.sharesOf(id), keys);
  }

  /**
   * Counts keyed "agencyId:group" (lib/data/dossier-stats' perAgency), as one unit's counts per
   * group: each agency's part, group by group.
   */
  unitGroups<K extends string>(byAgencyGroup: ReadonlyMap<string, Counts<K>>, unitId: number, keys: readonly K[]): Map<string, Counts<K>> {
    const result = new Map<string, Counts<K>>();
    for (const [key, counts] of byAgencyGroup) {
      const colon = key.indexOf(":");
      const agencyId = Number(key.slice(0, colon));
      const group = key.slice(colon + 1);
      const target = result.get(group) ?? (Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>);
      for (const k of keys) target[k] += this.partOf(agencyId, unitId, counts[k]);
      result.set(group, target);
    }
    return result;
  }

  unit(id: number): OrganisationUnit | undefined {
    return this.organisation.byId.get(id);
  }

  /**
   * The units a viewer's table lists for a period: today's units, or the units in force during the
   * period. Agency staff see their own unit today, and their unit and its predecessors by the units
   * of the time (never another unit's row).
   */
  listedUnits(viewer: Viewer, period: Pick<Period, "from" | "to">): OrganisationUnit[] {
    const { organisation } = this;
    const scope = readableAgencies(viewer);
    if (scope === "none") return [];
    const inView = (unit: OrganisationUnit) =>
      this.view === "today" ? organisation.succession.isCurrent(unit.id, organisation.asOf) : inForceDuring(unit, period.from, period.to);
    const allowed =
      scope === "all" ? null : new Set(this.view === "today" ? (viewer.agencyId === null ? [] : [viewer.agencyId]) : scope.agencyIds);
    return organisation.units.filter((unit) => inView(unit) && (allowed === null || allowed.has(unit.id)));
  }
}

/** The lens of a page: the organisation of this request and the view the URL asks for. */
export async function unitLens(view: UnitsView): Promise<UnitLens> {
  return new UnitLens(await unsafeLoadOrganisation(), view);
}
