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
export { RATING_BANDS, AGENCY_ASSESSMENTS, ASSESSMENT_YEARS, ratingFor } from "./assessment-data";
export type { RatingBandSeed, AssessmentSeed, RatingCode } from "./assessment-data";

export type SettingSeed = { key: string; value: { name: string; code: string } | string };

export const SETTINGS: SettingSeed[] = [
  { key: "province", value: { name: PROVINCE.name, code: PROVINCE.code } },
  // The demo is a snapshot: its figures are read as of the day its data ends (lib/data/province/settings.ts).
  { key: "data_as_of", value: "2024-08-31" },
];
