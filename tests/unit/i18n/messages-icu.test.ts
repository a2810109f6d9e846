// next-intl reads the catalogues as ICU messages: every message must parse, both languages must
// have the same keys, and a message must take the same arguments (name and kind) in vi and en —
// the call sites are typed from the Vietnamese ones only. The nested type must be regenerated
// when a catalogue changes (`npm run i18n:types`).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";
import { nestedTypeSource } from "@/lib/i18n/messages/nested-type";
import { nest } from "@/lib/i18n/nest";

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "argument",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
  [TYPE.tag]: "tag",
};

/** "name:kind" of every argument and tag of a message, nested plural and select branches included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    const kind = KIND[element.type];
    if (kind && "value" in element && typeof element.value === "string") into.add(`${element.value}:${kind}`);
    if ("options" in element) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const catalogues = { vi, en } as Record<string, Record<string, string>>;

describe("message catalogues", () => {
  it("have the same keys in Vietnamese and English", () => {
    const viKeys = Object.keys(vi).sort();
    expect(Object.keys(en).sort()).toEqual(viKeys);
  });

  it("parse as ICU messages in both languages", () => {
    const broken: string[] = [];
    for (const [locale, messages] of Object.entries(catalogues)) {
      for (const [key, message] of Object.entries(messages)) {
        try {
          parse(message);
        } catch (error) {
          broken.push(`${locale} ${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("take the same arguments in Vietnamese and English", () => {
    const differ: string[] = [];
    for (const [key, message] of Object.entries(vi)) {
      const viArgs = [...argumentsOf(parse(message))].sort().join(", ");
      const enArgs = [...argumentsOf(parse((en as Record<string, string>)[key] ?? ""))].sort().join(", ");
      if (viArgs !== enArgs) differ.push(`${key}: vi {${viArgs}} en {${enArgs}}`);
    }
    expect(differ).toEqual([]);
  });

  it("nest for next-intl: no key is both a message and the prefix of another", () => {
    expect(() => nest(vi)).not.toThrow();
    expect(() => nest(en)).not.toThrow();
    expect(() => nest({ "a.b": "x", a: "y" })).toThrow(/a/);
  });

  it("finds a difference of arguments (the check can fail)", () => {
    expect([...argumentsOf(parse("{count, plural, one {# tệp} other {# tệp}} của {name}"))].sort()).toEqual(["count:plural", "name:argument"]);
    expect([...argumentsOf(parse("{name} files"))]).not.toEqual([...argumentsOf(parse("{count} files"))]);
  });

  it("has its nested type up to date (npm run i18n:types)", () => {
    expect(readFileSync("lib/i18n/messages/nested.generated.ts", "utf8")).toBe(nestedTypeSource());
  });
});
