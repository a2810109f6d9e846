// next-intl reads nested messages and splits keys on "."; the catalogues stay flat (one dotted key a
// line, one `<area>-vi.ts` / `<area>-en.ts` file per area, so parallel branches merge cleanly) and
// are nested here, at run time and in the type, so a wrong key or argument stays a compile error.

type Head<Key extends string> = Key extends `${infer First}.${string}` ? First : Key;
type Rest<Key extends string, First extends string> = Key extends `${First}.${infer Tail}` ? Tail : never;

/** `{ "a.b": "x", "a.c": "y" }` → `{ a: { b: "x"; c: "y" } }`, keeping the literal message types (ICU argument types read them). */
export type Nested<Flat> = {
  [First in Head<keyof Flat & string>]: First extends keyof Flat
    ? Flat[First]
    : Nested<{ [Key in keyof Flat & string as Rest<Key, First>]: Flat[Key] }>;
};

type Tree = { [name: string]: string | Tree };

/** The nested form of a flat catalogue. A key that is also the prefix of another is refused (next-intl could not hold both). */
export function nest<Flat extends Readonly<Record<string, string>>>(flat: Flat): Nested<Flat> {
  const root: Tree = {};
  for (const [key, message] of Object.entries(flat)) {
    const parts = key.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part] ?? (node[part] = {});
      if (typeof next === "string") throw new Error(`message key ${key}: ${part} is already a message`);
      node = next;
    }
    const leaf = parts[parts.length - 1]!;
    if (leaf in node) throw new Error(`message key ${key} is also the prefix of other keys`);
    node[leaf] = message;
  }
  return root as Nested<Flat>;
}
