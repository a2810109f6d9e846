// English messages of the organisation's history (issue 15); the keys of org-vi.ts.
import type { orgVi } from "./org-vi";

export const orgEn = {
  "org.error.unknownNewUnit": "The new unit chosen is not among the units the act establishes.",
  "org.error.unknownUnit": "Unit not found.",
  "org.error.successorNotInForce": "{name} is not in force on the act's effective day.",
  "org.error.actAfterEffect": "The act cannot be dated after its effective day.",
  "org.error.noLines": "Add at least one line (a unit that ends and its successor).",
  "org.error.duplicateKey": "Two new units have the same key.",
  "org.error.code": "A unit code has letters, digits, dots, hyphens or underscores, 32 characters at most.",
  "org.error.codeTaken": "The code {code} belongs to another unit.",
  "org.error.predecessorNotInForce": "{name} is not in force on the day before the effective day: a unit ends only once.",
  "org.error.share": "A share must be above 0 and at most 1.",
  "org.error.transferKeepsUnit": "A transfer to another parent keeps the unit itself.",
  "org.error.sameParent": "The unit already belongs to this parent.",
  "org.error.transferAndClose": "{name} is both transferred and ended by the same act.",
  "org.error.successorRequired": "Choose a successor (only an abolition may have none).",
  "org.error.successorClosed": "The successor ends under this act too.",
  "org.error.renameNeedsNewUnit": "A rename creates a new unit with the new name; choose a new unit.",
  "org.error.mixedKinds": "The lines of {name} must be of one kind.",
  "org.error.sharesSum": "The shares of {name} add up to {total}; they must add up to 1.",
  "org.error.abolishMixed": "{name}: either every abolition line has a successor or none has.",
  "org.error.splitNeedsTwo": "Splitting {name} needs at least two successors.",
  "org.error.oneSuccessor": "A merger or rename of {name} has exactly one successor.",
  "org.error.orphan": "{name} still belongs to {parent}, which ends under this act: transfer {name} or end it too.",
  "org.error.userUndecided": "Choose to move or deactivate the account {user} of a unit that ends.",
  "org.error.userTarget": "The account {user} can only move to a successor or to a unit in force.",
} as const satisfies { readonly [Key in keyof typeof orgVi]: string };
