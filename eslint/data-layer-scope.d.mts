// Types of the rule for its unit test (the rule itself is plain JavaScript: eslint.config.mjs loads it).
import type { Rule } from "eslint";

declare const rule: Rule.RuleModule;
export default rule;
