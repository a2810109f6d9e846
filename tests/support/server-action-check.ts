// The source check behind tests/unit/auth/actions-use-wrapper.test.ts: a "use server" file may
// export only `export const x = action(…)`, or `x = preset(…)` of a `const preset = actionsFor(…)` of the
// same file (lib/auth/action.ts: the same wrapper with the permission said once), and types; no inline
// "use server" functions anywhere.

/** Strips leading whitespace and comments, to find a file's directive prologue. */
function withoutLeadingComments(source: string): string {
  let rest = source.replace(/^\uFEFF/, "");
  for (;;) {
    const trimmed = rest.trimStart();
    if (trimmed.startsWith("//")) rest = trimmed.slice(trimmed.indexOf("\n") === -1 ? trimmed.length : trimmed.indexOf("\n"));
    else if (trimmed.startsWith("/*")) rest = trimmed.slice(trimmed.indexOf("*/") + 2);
    else return trimmed;
  }
}

export function hasUseServerDirective(source: string): boolean {
  return /^(["'])use server\1/.test(withoutLeadingComments(source));
}

/** The names a file gives its action presets: `const manage = actionsFor(…)`. */
function presetNames(source: string): string[] {
  if (!/import\s*\{[^}]*\bactionsFor\b[^}]*\}\s*from\s*["']@\/lib\/auth\/action["']/.test(source)) return [];
  return [...source.matchAll(/^const\s+(\w+)\s*=\s*actionsFor\s*\(/gm)].map((match) => match[1] ?? "");
}

/** Problems in one file: exports not made by `action(` or a preset, and inline "use server" functions. */
export function serverActionViolations(source: string): string[] {
  const problems: string[] = [];
  // An indented directive is an inline server action (in a component or function body).
  if (/^[ \t]+(["'])use server\1/m.test(source)) problems.push('inline "use server" function');
  if (!hasUseServerDirective(source)) return problems;

  const makers = new Set(["action", ...presetNames(source)]);
  for (const match of source.matchAll(/^export\s+(.*)$/gm)) {
    const statement = match[1] ?? "";
    if (/^(type|interface)\s/.test(statement)) continue; // erased at compile time
    const declaration = /^const\s+(\w+)\s*(?::[^=]+)?=\s*$|^const\s+(\w+)\s*(?::[^=]+)?=\s*(.*)$/.exec(statement);
    if (declaration) {
      const name = declaration[1] ?? declaration[2] ?? "?";
      // The initializer may start on the next line.
      const after = source.slice((match.index ?? 0) + match[0].length);
      const initializer = declaration[3] ?? after.trimStart();
      const maker = /^(\w+)\s*[(<]/.exec(initializer)?.[1];
      if (maker && makers.has(maker)) continue;
      problems.push(`export const ${name} is not created by action(…)`);
      continue;
    }
    problems.push(`export ${statement.slice(0, 60)}`);
  }
  return problems;
}
