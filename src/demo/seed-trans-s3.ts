import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/client.ts';
import { createGroup, ts3Criteria, ts3Members, ts3Priorities } from '../modules/trans-s3/index.ts';
import { DEMO_GROUP, DEMO_PRIORITIES } from './trans-s3-demo-data.ts';

/** Who works in the demo group, by demo account e-mail. */
const DEMO_MEMBERS = [
  { email: 'analyst@gosmart.example', role: 'lead', helix: null, region: 'PL84' },
  { email: 'broker.pl@gosmart.example', role: 'broker', helix: null, region: 'PL84' },
  { email: 'broker.lv@gosmart.example', role: 'broker', helix: null, region: 'LV' },
  { email: 'broker.ee@gosmart.example', role: 'broker', helix: null, region: 'EE' },
  { email: 'broker.lt@gosmart.example', role: 'broker', helix: null, region: 'LT' },
  { email: 'broker.fi@gosmart.example', role: 'broker', helix: null, region: 'FI1C4' },
  { email: 'broker.de@gosmart.example', role: 'broker', helix: null, region: 'DE60' },
  { email: 'broker.dk@gosmart.example', role: 'broker', helix: null, region: 'DK03' },
  { email: 'member@gosmart.example', role: 'stakeholder', helix: 'research', region: 'PL84' },
  { email: 'sme@gosmart.example', role: 'stakeholder', helix: 'industry', region: 'PL84' },
] as const;

/** The verification criteria the GoSmart BSR partners start from (the group can change them). */
const DEMO_CRITERIA = [
  {
    name: 'Specialised in at least 3 partner regions',
    rule: { kind: 'regions_with_rca', minRegions: 3, minRca: 1 },
  },
  {
    name: 'Growing employment in at least 3 partner regions',
    rule: { kind: 'regions_with_growth', minRegions: 3, minGrowth: 0 },
  },
  {
    name: 'At least 5 SMEs of the domain in the registry',
    rule: { kind: 'registry_organisations', min: 5, smesOnly: true },
  },
  { name: 'Fits a policy area of the EU Strategy for the Baltic Sea Region', rule: { kind: 'manual' } },
] as const;

/**
 * The GoSmart BSR group with the seven regions' RIS3 priorities (marked as demo), its members and
 * starting criteria. Step 1 is left for the analyst to run.
 */
export async function seedTransS3(
  db: Db,
  clock: Clock,
  users: Map<string, string>,
): Promise<{ priorities: number }> {
  await db.insert(ts3Priorities).values(DEMO_PRIORITIES.map((p) => ({ ...p, isDemo: true })));
  const { id } = await createGroup({ db, clock }, 'system', {
    name: DEMO_GROUP.name,
    description: DEMO_GROUP.description,
    regions: [...DEMO_GROUP.regions],
    minRegions: 3,
    isDemo: true,
  });
  await db.insert(ts3Members).values(
    DEMO_MEMBERS.flatMap((m) => {
      const userId = users.get(m.email);
      return userId ? [{ groupId: id, userId, role: m.role, helix: m.helix, region: m.region }] : [];
    }),
  );
  await db
    .insert(ts3Criteria)
    .values(DEMO_CRITERIA.map((c, position) => ({ groupId: id, name: c.name, rule: c.rule, position })));
  return { priorities: DEMO_PRIORITIES.length };
}
