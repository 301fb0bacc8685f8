// Keeps the brokerage demo data consistent: unique keys, resolvable references, valid codes, and
// brokers that serve their clients' countries. The matching engine is evaluated on this data.
import { describe, expect, it } from 'vitest';
import nace from '../modules/reference/data/nace.json' with { type: 'json' };
import nuts from '../modules/reference/data/nuts.json' with { type: 'json' };
import technologyFields from '../modules/reference/data/technology-fields.json' with { type: 'json' };
import { CASE_STAGES, PROFILE_TYPES } from '../modules/brokerage/domain/codes.ts';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS } from './demo-data.ts';
import {
  DEMO_CASES,
  DEMO_CLIENTS,
  DEMO_INTERESTS,
  DEMO_PARTNERSHIPS,
  DEMO_PROFILES,
  DEMO_REFERRALS,
  DEMO_S3_DOMAINS,
  type DemoClient,
} from './brokerage-demo-data.ts';

const isUnique = (values: readonly string[]): boolean => new Set(values).size === values.length;

const naceCodes = new Set(nace.map((n) => n.code));
const nutsByCode = new Map(nuts.map((n) => [n.code, n]));
const techFieldIds = new Set(technologyFields.map((t) => t.id));
const clientsByKey = new Map(DEMO_CLIENTS.map((c) => [c.key, c]));
const profilesByKey = new Map(DEMO_PROFILES.map((p) => [p.key, p]));
const casesByKey = new Map(DEMO_CASES.map((c) => [c.key, c]));

/** The country each demo broker serves, from the broker's GoSmart partner organisation. */
const brokerCountry = new Map(
  DEMO_ACCOUNTS.filter((a) => a.role === 'broker').map((a) => [
    a.email,
    DEMO_ORGANISATIONS.find((o) => o.key === a.organisationKey)?.countryCode,
  ]),
);

const client = (key: string): DemoClient => {
  const found = clientsByKey.get(key);
  if (!found) throw new Error(`unknown client ${key}`);
  return found;
};

// VAT check digits, per country (digits after the country prefix).
const digits = (s: string): number[] => [...s].map(Number);
const weighted = (d: number[], weights: number[]): number =>
  weights.reduce((sum, w, i) => sum + w * (d[i] ?? 0), 0);
const vatValid: Record<string, (d: string) => boolean> = {
  PL: (s) => /^\d{10}$/.test(s) && weighted(digits(s), [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(s[9]),
  DE: (s) => {
    if (!/^[1-9]\d{8}$/.test(s)) return false;
    let product = 10;
    for (const d of digits(s.slice(0, 8))) {
      const sum = (d + product) % 10 || 10;
      product = (2 * sum) % 11;
    }
    return (11 - product) % 10 === Number(s[8]);
  },
  DK: (s) => /^[1-9]\d{7}$/.test(s) && weighted(digits(s), [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  FI: (s) => {
    if (!/^\d{8}$/.test(s)) return false;
    const r = weighted(digits(s), [7, 9, 10, 5, 8, 4, 2]) % 11;
    return r !== 1 && (r === 0 ? 0 : 11 - r) === Number(s[7]);
  },
  EE: (s) => /^10\d{7}$/.test(s) && weighted(digits(s), [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0,
  LT: (s) => {
    if (!/^\d{7}1\d$/.test(s)) return false;
    let r = weighted(digits(s), [1, 2, 3, 4, 5, 6, 7, 8]) % 11;
    if (r === 10) r = (weighted(digits(s), [3, 4, 5, 6, 7, 8, 9, 1]) % 11) % 10;
    return r === Number(s[8]);
  },
  LV: (s) => {
    if (!/^[4-9]\d{10}$/.test(s)) return false;
    let check = 3 - (weighted(digits(s), [9, 1, 4, 8, 3, 10, 2, 5, 7, 6]) % 11);
    if (check < -1) check += 11;
    return check !== -1 && check === Number(s[10]);
  },
};

describe('demo clients', () => {
  it('have unique keys, names, websites and VAT numbers', () => {
    expect(isUnique(DEMO_CLIENTS.map((c) => c.key))).toBe(true);
    expect(isUnique(DEMO_CLIENTS.map((c) => c.name))).toBe(true);
    expect(isUnique(DEMO_CLIENTS.map((c) => c.website))).toBe(true);
    expect(isUnique(DEMO_CLIENTS.flatMap((c) => (c.vatNumber ? [c.vatNumber] : [])))).toBe(true);
  });

  it('do not repeat the GoSmart partner organisations', () => {
    const partnerNames = new Set(DEMO_ORGANISATIONS.map((o) => o.name));
    const partnerKeys = new Set(DEMO_ORGANISATIONS.map((o) => o.key));
    for (const c of DEMO_CLIENTS) {
      expect(partnerNames.has(c.name), c.key).toBe(false);
      expect(partnerKeys.has(c.key), c.key).toBe(false);
    }
  });

  it('number 10-20 per region, in the seven GoSmart countries, each with research, administration and mostly industry', () => {
    const countries = new Set(DEMO_CLIENTS.map((c) => c.countryCode));
    expect([...countries].sort()).toEqual(['DE', 'DK', 'EE', 'FI', 'LT', 'LV', 'PL']);
    for (const country of countries) {
      const inCountry = DEMO_CLIENTS.filter((c) => c.countryCode === country);
      expect(inCountry.length, country).toBeGreaterThanOrEqual(10);
      expect(inCountry.length, country).toBeLessThanOrEqual(20);
      expect(inCountry.filter((c) => c.helixType === 'research').length, country).toBeGreaterThanOrEqual(1);
      expect(
        inCountry.filter((c) => c.helixType === 'administration').length,
        country,
      ).toBeGreaterThanOrEqual(1);
      expect(inCountry.filter((c) => c.helixType === 'industry').length, country).toBeGreaterThanOrEqual(7);
    }
  });

  it('sit in existing NUTS level 3 regions of their own country', () => {
    for (const c of DEMO_CLIENTS) {
      const region = nutsByCode.get(c.nutsCode);
      expect(region, c.key).toBeDefined();
      expect(region?.level, c.key).toBe(3);
      expect(region?.countryCode, c.key).toBe(c.countryCode);
    }
  });

  it('use existing NACE codes, WIPO technology fields and the shared S3 labels', () => {
    const s3 = new Set<string>(DEMO_S3_DOMAINS);
    for (const c of DEMO_CLIENTS) {
      expect(c.naceCodes.length, c.key).toBeGreaterThanOrEqual(1);
      expect(c.naceCodes.length, c.key).toBeLessThanOrEqual(3);
      for (const code of c.naceCodes) expect(naceCodes.has(code), `${c.key} ${code}`).toBe(true);
      for (const field of c.techFields) expect(techFieldIds.has(field), `${c.key} ${field}`).toBe(true);
      for (const domain of c.s3Domains) expect(s3.has(domain), `${c.key} ${domain}`).toBe(true);
      for (const language of c.languages) expect(language, c.key).toMatch(/^[a-z]{2}$/);
    }
  });

  it('have VAT numbers with valid check digits for every company', () => {
    for (const c of DEMO_CLIENTS) {
      if (c.helixType === 'industry') expect(c.vatNumber, c.key).not.toBeNull();
      if (!c.vatNumber) continue;
      expect(c.vatNumber.slice(0, 2), c.key).toBe(c.countryCode);
      const check = vatValid[c.countryCode];
      expect(check?.(c.vatNumber.slice(2)), `${c.key} ${c.vatNumber}`).toBe(true);
    }
  });

  it('have registry ids in the national format, matching the VAT number where they share digits', () => {
    const balticMod11 = (s: string): boolean => {
      const d = digits(s.slice(0, -1));
      const sum = (start: number): number =>
        d.reduce((acc, v, i) => acc + v * (((start - 1 + i) % 9) + 1), 0) % 11;
      let r = sum(1);
      if (r === 10) r = sum(3) % 10;
      return r === Number(s[s.length - 1]);
    };
    const formats: Record<string, (id: string, vat: string) => boolean> = {
      PL: (id) => /^\d{10}$/.test(id),
      DE: (id) => /^(HRB|VR) \d{4,6}$/.test(id),
      LV: (id, vat) => id === vat,
      DK: (id, vat) => id === vat,
      FI: (id, vat) => id === `${vat.slice(0, 7)}-${vat.slice(7)}`,
      EE: (id) => /^1\d{7}$/.test(id) && balticMod11(id),
      LT: (id) => /^\d{9}$/.test(id) && balticMod11(id),
    };
    for (const c of DEMO_CLIENTS) {
      if (c.registryId === null) continue;
      expect(
        formats[c.countryCode]?.(c.registryId, c.vatNumber?.slice(2) ?? ''),
        `${c.key} ${c.registryId}`,
      ).toBe(true);
    }
  });

  it('have plausible company figures and founding years', () => {
    for (const c of DEMO_CLIENTS) {
      expect(c.foundingYear, c.key).toBeGreaterThanOrEqual(1950);
      expect(c.foundingYear, c.key).toBeLessThanOrEqual(2022);
      if (c.exportShare !== null) {
        expect(c.exportShare, c.key).toBeGreaterThanOrEqual(0);
        expect(c.exportShare, c.key).toBeLessThanOrEqual(100);
      }
      if (c.helixType === 'industry') {
        expect(c.headcount, c.key).not.toBeNull();
        expect(c.turnoverEur, c.key).not.toBeNull();
      }
      if (c.helixType === 'administration') {
        expect([c.headcount, c.turnoverEur, c.balanceSheetEur], c.key).toEqual([null, null, null]);
      }
    }
  });

  it('have contacts with e-mail addresses on the organisation’s domain, about two thirds sharing consent', () => {
    const contacts = DEMO_CLIENTS.flatMap((c) => c.contacts.map((contact) => ({ client: c, contact })));
    for (const { client: c, contact } of contacts) {
      const domain = new URL(c.website).hostname;
      expect(c.website, c.key).toMatch(/^https:\/\/[a-z0-9-]+\.example$/);
      expect(contact.email, c.key).toMatch(new RegExp(`^[a-z-]+\\.[a-z-]+@${domain.replace('.', '\\.')}$`));
    }
    const share = contacts.filter(({ contact }) => contact.consentToShare).length / contacts.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.75);
  });

  it('are served by the broker of their country', () => {
    for (const c of DEMO_CLIENTS) expect(brokerCountry.get(c.brokerEmail), c.key).toBe(c.countryCode);
  });
});

describe('demo profiles', () => {
  it('have unique keys and belong to demo clients', () => {
    expect(isUnique(DEMO_PROFILES.map((p) => p.key))).toBe(true);
    for (const p of DEMO_PROFILES) expect(clientsByKey.has(p.organisationKey), p.key).toBe(true);
  });

  it('cover all profile types, with at least 20 published', () => {
    expect(new Set(DEMO_PROFILES.map((p) => p.type))).toEqual(new Set(PROFILE_TYPES));
    expect(DEMO_PROFILES.filter((p) => p.status === 'published').length).toBeGreaterThanOrEqual(20);
    expect(DEMO_PROFILES.some((p) => p.status !== 'published')).toBe(true);
  });

  it('respect the text lengths of the profile form', () => {
    for (const p of DEMO_PROFILES) {
      expect(p.title.length, p.key).toBeLessThanOrEqual(120);
      expect(p.summary.length, p.key).toBeLessThanOrEqual(500);
      expect(p.description.length, p.key).toBeGreaterThanOrEqual(600);
      expect(p.description.length, p.key).toBeLessThanOrEqual(1200);
      expect(p.innovation.length, p.key).toBeGreaterThanOrEqual(200);
      expect(p.innovation.length, p.key).toBeLessThanOrEqual(500);
      expect(p.partnerSought.length, p.key).toBeGreaterThanOrEqual(100);
      expect(p.partnerSought.length, p.key).toBeLessThanOrEqual(300);
    }
  });

  it('use existing codes', () => {
    const s3 = new Set<string>(DEMO_S3_DOMAINS);
    for (const p of DEMO_PROFILES) {
      for (const code of p.naceCodes) expect(naceCodes.has(code), `${p.key} ${code}`).toBe(true);
      for (const field of p.techFields) expect(techFieldIds.has(field), `${p.key} ${field}`).toBe(true);
      for (const domain of p.s3Domains) expect(s3.has(domain), `${p.key} ${domain}`).toBe(true);
      for (const country of p.targetCountries) expect(country, p.key).toMatch(/^[A-Z]{2}$/);
      expect(p.partnershipTypes.length, p.key).toBeGreaterThanOrEqual(1);
      if (p.trl !== null) {
        expect(p.trl, p.key).toBeGreaterThanOrEqual(1);
        expect(p.trl, p.key).toBeLessThanOrEqual(9);
      }
    }
  });

  it('have publication dates only when published, and plausible deadlines', () => {
    for (const p of DEMO_PROFILES) {
      if (p.status === 'published') {
        expect(p.publishedDaysAgo, p.key).not.toBeNull();
        expect(p.publishedDaysAgo ?? 0, p.key).toBeGreaterThanOrEqual(3);
        expect(p.publishedDaysAgo ?? 0, p.key).toBeLessThanOrEqual(200);
      } else {
        expect(p.publishedDaysAgo, p.key).toBeNull();
      }
      if (p.deadlineInDays !== null) {
        expect(p.deadlineInDays, p.key).toBeGreaterThanOrEqual(20);
        expect(p.deadlineInDays, p.key).toBeLessThanOrEqual(300);
      }
    }
  });
});

describe('demo cases', () => {
  const stageIndex = (stage: (typeof CASE_STAGES)[number]): number => CASE_STAGES.indexOf(stage);

  it('have unique keys, resolvable clients and profiles of their own client', () => {
    expect(isUnique(DEMO_CASES.map((c) => c.key))).toBe(true);
    for (const c of DEMO_CASES) {
      expect(clientsByKey.has(c.organisationKey), c.key).toBe(true);
      for (const profileKey of c.profileKeys)
        expect(profilesByKey.get(profileKey)?.organisationKey, `${c.key} ${profileKey}`).toBe(
          c.organisationKey,
        );
    }
  });

  it('are run by a broker who serves the client’s country', () => {
    for (const c of DEMO_CASES) {
      expect(brokerCountry.get(c.brokerEmail), c.key).toBe(client(c.organisationKey).countryCode);
      expect(c.brokerEmail, c.key).toBe(client(c.organisationKey).brokerEmail);
    }
  });

  it('number 2-3 per region and cover every stage', () => {
    for (const country of new Set(DEMO_CLIENTS.map((c) => c.countryCode))) {
      const count = DEMO_CASES.filter((c) => client(c.organisationKey).countryCode === country).length;
      expect(count, country).toBeGreaterThanOrEqual(2);
      expect(count, country).toBeLessThanOrEqual(3);
    }
    expect(new Set(DEMO_CASES.map((c) => c.stage))).toEqual(new Set(CASE_STAGES));
  });

  it('have an outcome and no follow-up exactly when closed, and a diagnosis from the diagnosis stage on', () => {
    for (const c of DEMO_CASES) {
      const closed = c.stage === 'closed';
      expect(c.outcome !== null, c.key).toBe(closed);
      expect(c.nextFollowUpInDays === null, c.key).toBe(closed);
      if (c.nextFollowUpInDays !== null) {
        expect(c.nextFollowUpInDays, c.key).toBeGreaterThanOrEqual(-3);
        expect(c.nextFollowUpInDays, c.key).toBeLessThanOrEqual(21);
      }
      expect(c.diagnosis !== null, c.key).toBe(stageIndex(c.stage) >= stageIndex('diagnosis'));
    }
  });

  it('have 2-5 activities after the case was opened', () => {
    for (const c of DEMO_CASES) {
      expect(c.activities.length, c.key).toBeGreaterThanOrEqual(2);
      expect(c.activities.length, c.key).toBeLessThanOrEqual(5);
      for (const a of c.activities) {
        expect(a.daysAgo, c.key).toBeGreaterThanOrEqual(1);
        expect(a.daysAgo, c.key).toBeLessThanOrEqual(Math.min(120, c.openedDaysAgo));
      }
    }
  });
});

describe('demo expressions of interest', () => {
  it('go to published profiles from organisations of other countries, sent by their broker', () => {
    expect(DEMO_INTERESTS.length).toBeGreaterThanOrEqual(8);
    expect(DEMO_INTERESTS.length).toBeLessThanOrEqual(12);
    for (const i of DEMO_INTERESTS) {
      const profile = profilesByKey.get(i.profileKey);
      expect(profile?.status, i.profileKey).toBe('published');
      const from = client(i.fromOrganisationKey);
      const to = client(profile?.organisationKey ?? '');
      expect(from.countryCode, i.profileKey).not.toBe(to.countryCode);
      expect(brokerCountry.get(i.fromUserEmail), i.profileKey).toBe(from.countryCode);
      expect(i.responseMessage === null, i.profileKey).toBe(i.status === 'sent');
    }
    expect(new Set(DEMO_INTERESTS.map((i) => i.status))).toEqual(
      new Set(['sent', 'accepted', 'declined', 'introduced']),
    );
  });
});

describe('demo referrals', () => {
  it('are two cross-border referrals with resolvable references', () => {
    expect(DEMO_REFERRALS).toHaveLength(2);
    for (const r of DEMO_REFERRALS) {
      const from = brokerCountry.get(r.fromBrokerEmail);
      const to = brokerCountry.get(r.toBrokerEmail);
      expect(from).toBeDefined();
      expect(to).toBeDefined();
      expect(from).not.toBe(to);
      expect(client(r.clientKey).countryCode).toBe(from);
      if (r.caseKey !== null) expect(casesByKey.get(r.caseKey)?.organisationKey).toBe(r.clientKey);
      if (r.profileKey !== null) expect(profilesByKey.get(r.profileKey)?.organisationKey).toBe(r.clientKey);
      for (const m of r.messages) expect([r.fromBrokerEmail, r.toBrokerEmail]).toContain(m.authorEmail);
      for (const candidate of r.candidates) expect(client(candidate.organisationKey).countryCode).toBe(to);
    }
    expect(DEMO_REFERRALS.map((r) => r.status).sort()).toEqual(['accepted', 'sent']);
  });
});

describe('demo partnerships', () => {
  it('link existing parties, cases, profiles and referrals, at least one across borders', () => {
    expect(DEMO_PARTNERSHIPS.length).toBeGreaterThanOrEqual(1);
    for (const p of DEMO_PARTNERSHIPS) {
      expect(p.partyKeys.length, p.title).toBeGreaterThanOrEqual(2);
      for (const key of p.partyKeys) expect(clientsByKey.has(key), key).toBe(true);
      if (p.caseKey !== null)
        expect(p.partyKeys, p.title).toContain(casesByKey.get(p.caseKey)?.organisationKey);
      if (p.profileKey !== null)
        expect(p.partyKeys, p.title).toContain(profilesByKey.get(p.profileKey)?.organisationKey);
      if (p.referralIndex !== null) expect(DEMO_REFERRALS[p.referralIndex], p.title).toBeDefined();
    }
    expect(
      DEMO_PARTNERSHIPS.some((p) => new Set(p.partyKeys.map((k) => client(k).countryCode)).size >= 2),
    ).toBe(true);
  });
});
