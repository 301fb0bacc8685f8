import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

// The derived reference files committed in the repo (see data/README.md for their origin).
const DATA_DIR = new URL('../data/', import.meta.url);

const ZCountry = z.object({ code: z.string().length(2), eurostatCode: z.string().length(2), name: z.string() });
const ZNuts = z.object({
  code: z.string(),
  level: z.number().int().min(0).max(3),
  countryCode: z.string().length(2),
  parentCode: z.string().nullable(),
  name: z.string(),
});
const ZNace = z.object({
  code: z.string(),
  eurostatCode: z.string(),
  level: z.number().int().min(1).max(4),
  parentCode: z.string().nullable(),
  section: z.string().length(1),
  name: z.string(),
});
const ZTechnologyField = z.object({ id: z.number().int(), sector: z.string(), name: z.string() });
const ZTrl = z.object({ level: z.number().int().min(1).max(9), name: z.string(), definition: z.string() });

const FILES = {
  countries: z.array(ZCountry),
  nuts: z.array(ZNuts),
  nace: z.array(ZNace),
  'technology-fields': z.array(ZTechnologyField),
  trl: z.array(ZTrl),
} as const;

export type ReferenceFiles = { [K in keyof typeof FILES]: z.infer<(typeof FILES)[K]> } & { hash: string };

let cached: ReferenceFiles | undefined;

export function readReferenceFiles(): ReferenceFiles {
  if (cached) return cached;
  const hash = createHash('sha256');
  const read = <K extends keyof typeof FILES>(name: K): z.infer<(typeof FILES)[K]> => {
    const text = readFileSync(new URL(`${name}.json`, DATA_DIR), 'utf8');
    hash.update(text);
    return FILES[name].parse(JSON.parse(text)) as z.infer<(typeof FILES)[K]>;
  };
  const files = {
    countries: read('countries'),
    nuts: read('nuts'),
    nace: read('nace'),
    'technology-fields': read('technology-fields'),
    trl: read('trl'),
  };
  cached = { ...files, hash: hash.digest('hex') };
  return cached;
}
