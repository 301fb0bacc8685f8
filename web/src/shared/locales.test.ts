import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/modules/accounts/contract.ts';

const LOCALES = path.resolve(import.meta.dirname, '../locales');
const AREAS = ['', ...readdirSync(LOCALES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)];

type Messages = { [key: string]: string | Messages };
const read = (area: string, language: string): Messages => JSON.parse(readFileSync(path.join(LOCALES, area, `${language}.json`), 'utf8'));

/** Every message key with its {{placeholders}}; plural suffixes are dropped, as languages have different plural forms. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const name = `${prefix}${key}`;
    if (typeof value === 'string') {
      const base = name.replace(/_(zero|one|two|few|many|other)$/, '');
      const placeholders = [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).filter((p) => p !== 'count');
      keys.set(base, [...new Set([...(keys.get(base)?.split(',').filter(Boolean) ?? []), ...placeholders])].sort().join(','));
    } else {
      for (const [inner, placeholders] of flatten(value, `${name}.`)) keys.set(inner, placeholders);
    }
  }
  return keys;
}

describe.each(AREAS)('locales%s', (area) => {
  const english = flatten(read(area, 'en'));

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has every English key, no others, and the same placeholders', (language) => {
    const translated = flatten(read(area, language));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, placeholders] of english) expect(translated.get(key), `${language} ${key}`).toBe(placeholders);
  });

  it('has no empty messages', () => {
    for (const language of LANGUAGES) {
      const empty = [...JSON.stringify(read(area, language)).matchAll(/"([\w.]+)":""/g)].map((m) => m[1]);
      expect(empty, language).toEqual([]);
    }
  });
});
