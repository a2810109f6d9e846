// Reference demo data (DESIGN §5.4–§5.6, reference/indices.md): one entry point
// for the loader and the tests. The data itself lives in the files re-exported below.

import { PROVINCE } from "./organisation";

export {
  INDEX_DEFINITIONS, INDEX_COMPONENTS, INDEX_SCORES, COMPONENT_SCORES, COMPONENT_OWNERS,
} from "./indices-data";
export type {
  IndexCode, IndexDefinitionSeed, IndexComponentSeed, IndexScoreSeed, ComponentScoreSeed, ComponentOwnerSeed,
} from "./indices-data";
export {
  STAFFING_ROWS, STAFFING_YEARS, PROVINCE_QUOTA, STREAMLINED_PER_YEAR, OVER_QUOTA, TARGETS,
  SERVICE_UNIT_AUTONOMY, AUTONOMY_LEVELS,
} from "./staffing-data";
export type { StaffingRowSeed, StaffCategoryCode, TargetSeed, AutonomySeed, AutonomyLevelCode } from "./staffing-data";
export { RATING_BANDS, AGENCY_ASSESSMENTS, ASSESSMENT_YEARS, RANKING_GROUPS, ratingFor } from "./assessment-data";
export type { RatingBandSeed, AssessmentSeed, RatingCode, RankingGroupSeed } from "./assessment-data";

export type SettingSeed = { key: string; value: { name: string; code: string } | string };

/** The settings of a demo whose data run to `asOf`. */
export function settingsFor(asOf: string): SettingSeed[] {
  return [
    { key: "province", value: { name: PROVINCE.name, code: PROVINCE.code } },
    // Figures are read as of the day the data run to (lib/data/province/settings.ts): the day the seed ran, or DEMO_AS_OF.
    { key: "data_as_of", value: asOf },
  ];
}
