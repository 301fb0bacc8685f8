import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LOCALES = path.resolve(import.meta.dirname, '../../web/src/locales');

type Tree = { [key: string]: string | Tree };

const readJson = (file: string): Tree => JSON.parse(readFileSync(file, 'utf8'));

/** The app chrome file plus every area file (locales/<area>/<lang>.json), merged as the web app does. */
function messagesOf(language: string): Tree {
  const areas = readdirSync(LOCALES, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return areas.reduce<Tree>(
    (merged, area) => ({ ...merged, ...readJson(path.join(LOCALES, area.name, `${language}.json`)) }),
    readJson(path.join(LOCALES, `${language}.json`)),
  );
}

function lookUp(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type Locale = {
  language: string;
  /** The translated text (English where the language lacks the key, as i18next falls back), with {{values}} filled in. */
  t(key: string, values?: Record<string, string | number>): string;
  /** The translated text as a pattern: the given {{values}} filled in, any other placeholder matching anything. */
  pattern(key: string, values?: Record<string, string | number>): RegExp;
};

export function locale(language: string): Locale {
  const messages = messagesOf(language);
  const english = language === 'en' ? messages : messagesOf('en');
  const template = (key: string) => {
    const found = lookUp(messages, key) ?? lookUp(english, key);
    if (found === undefined) throw new Error(`No message ${key} in the ${language} or en locale files`);
    return found;
  };
  return {
    language,
    t: (key, values = {}) =>
      template(key).replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
        name in values ? String(values[name]) : whole,
      ),
    pattern: (key, values = {}) =>
      new RegExp(
        template(key)
          .split(/(\{\{\s*\w+\s*\}\})/)
          .map((part) => {
            const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
            if (name === undefined) return escapeRegExp(part);
            return name in values ? escapeRegExp(String(values[name])) : '.*?';
          })
          .join(''),
      ),
  };
}
