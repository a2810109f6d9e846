// A validation rule's operator as it is written (=, ≤, ≥): shared by the rule form (client) and
// the rules' table (server), so it lives outside the "use client" module.
import type { RuleOperator } from "@/lib/generated/prisma/enums";

const OPERATORS: Record<RuleOperator, string> = { EQ: "=", LE: "≤", GE: "≥" };

export const operatorSign = (operator: RuleOperator) => OPERATORS[operator];
