// Keeps the Trans-S3 demo data consistent: every code resolves in the reference data or the Eye@RIS3 code
// lists, priority codes are unique per region, and every region of the demo group has enough priorities.
import { describe, expect, it } from 'vitest';
import nace from '../modules/reference/data/nace.json' with { type: 'json' };
import nuts from '../modules/reference/data/nuts.json' with { type: 'json' };
import technologyFields from '../modules/reference/data/technology-fields.json' with { type: 'json' };
import {
  NABS_CHAPTERS,
  POLICY_OBJECTIVES,
  isNabsChapter,
  isPolicyObjective,
  nabsName,
  policyObjectiveName,
} from '../modules/trans-s3/domain/codes.ts';
import { DEMO_GROUP, DEMO_PRIORITIES } from './trans-s3-demo-data.ts';

const naceCodes = new Set(nace.map((n) => n.code));
const nutsCodes = new Set(nuts.map((n) => n.code));
const techFieldIds = new Set(technologyFields.map((t) => t.id));

const isUnique = (values: readonly string[]): boolean => new Set(values).size === values.length;

describe('Trans-S3 code lists', () => {
  it('has the 14 NABS 2007 chapters 01..14', () => {
    expect(NABS_CHAPTERS.map((c) => c.code)).toEqual(
      Array.from({ length: 14 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(nabsName('07')).toBe('Health');
    expect(isNabsChapter('15')).toBe(false);
  });

  it('has unique kebab-case policy objective codes', () => {
    const codes = POLICY_OBJECTIVES.map((o) => o.code);
    expect(isUnique(codes)).toBe(true);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(policyObjectiveName('kets-photonics')).toBe('Photonics');
    expect(isPolicyObjective('kets')).toBe(false);
  });
});

describe('Trans-S3 demo priorities', () => {
  it('uses existing NACE codes', () => {
    for (const p of DEMO_PRIORITIES) {
      for (const code of p.nace) expect(naceCodes.has(code), `${p.code}: NACE ${code}`).toBe(true);
    }
  });

  it('uses NABS chapters and policy objectives of codes.ts', () => {
    for (const p of DEMO_PRIORITIES) {
      for (const code of p.nabs) expect(isNabsChapter(code), `${p.code}: NABS ${code}`).toBe(true);
      for (const code of p.objectives)
        expect(isPolicyObjective(code), `${p.code}: objective ${code}`).toBe(true);
    }
  });

  it('uses existing technology field ids', () => {
    for (const p of DEMO_PRIORITIES) {
      for (const id of p.techFields) expect(techFieldIds.has(id), `${p.code}: tech field ${id}`).toBe(true);
    }
  });

  it('codes every priority in at least one economic and one scientific domain, without duplicates', () => {
    for (const p of DEMO_PRIORITIES) {
      expect(p.nace.length, p.code).toBeGreaterThan(0);
      expect(p.nabs.length, p.code).toBeGreaterThan(0);
      expect(p.objectives.length, p.code).toBeGreaterThan(0);
      expect(isUnique(p.nace) && isUnique(p.nabs) && isUnique(p.objectives), p.code).toBe(true);
      expect(new Set(p.techFields).size, p.code).toBe(p.techFields.length);
    }
  });

  it('has priority codes unique per region', () => {
    for (const region of new Set(DEMO_PRIORITIES.map((p) => p.region))) {
      const codes = DEMO_PRIORITIES.filter((p) => p.region === region).map((p) => p.code);
      expect(isUnique(codes), region).toBe(true);
    }
  });

  it('gives every region of the demo group at least four priorities, and no priority outside it', () => {
    for (const region of DEMO_GROUP.regions) {
      expect(nutsCodes.has(region), region).toBe(true);
      expect(DEMO_PRIORITIES.filter((p) => p.region === region).length, region).toBeGreaterThanOrEqual(4);
    }
    for (const p of DEMO_PRIORITIES) expect(DEMO_GROUP.regions, p.code).toContain(p.region);
  });

  it('has concise titles, descriptions of 80-700 characters and a source', () => {
    for (const p of DEMO_PRIORITIES) {
      expect(p.title.length, p.code).toBeLessThanOrEqual(120);
      expect(p.description.length, p.code).toBeGreaterThanOrEqual(80);
      expect(p.description.length, p.code).toBeLessThanOrEqual(700);
      expect(p.sourceDocument.length, p.code).toBeGreaterThan(0);
      expect(p.sourceYear, p.code).toBeGreaterThanOrEqual(2012);
      expect(p.sourceYear, p.code).toBeLessThanOrEqual(2030);
    }
  });
});
