// How a validation rule's operator is written. A plain module, not the client forms' file: a
// server component calling a function exported from a "use client" file gets a client reference,
// not the function, and the page failed with 500 (found by the security suite's route matrix).
import type { RuleOperator } from "@/lib/generated/prisma/enums";

const OPERATORS: Record<RuleOperator, string> = { EQ: "=", LE: "≤", GE: "≥" };

export const operatorSign = (operator: RuleOperator) => OPERATORS[operator];
