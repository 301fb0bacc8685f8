import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, logInAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import { buildUser } from '../../../../test/factories.ts';

let t: TestApp;
let analyst: Session;
let member: Session;

/**
 * Five regions × four activities, two years, in Eurostat's TSV layout with flags; PL34 is
 * Podlaskie's NUTS 2013 code (PL84 since 2016), LT00 was split in 2016, DE41 + DE42 merged into DE40.
 * Values chosen so that each region is specialised in something.
 */
const TSV = [
  'unit,nace_r2,geo\\time\t2015 \t2014 ',
  ...[
    ['C10', { PL34: 900, LT00: 500, DE41: 100, DE42: 100, DK03: 300, FI1C: 50 }],
    ['C16', { PL34: 400, LT00: 300, DE41: 20, DE42: 30, DK03: 100, FI1C: 600 }],
    ['J62', { PL34: 100, LT00: 200, DE41: 300, DE42: 400, DK03: 200, FI1C: 300 }],
    ['M72', { PL34: 50, LT00: 20, DE41: 200, DE42: 150, DK03: 400, FI1C: 100 }],
  ].flatMap(([activity, values]) =>
    Object.entries(values as Record<string, number>).map(
      ([region, value]) => `NR,${activity},${region}\t${value} \t${region === 'DK03' && activity === 'M72' ? ': c' : `${value - 10} p`}`,
    ),
  ),
  // Stockholm has values in 2014 only.
  ...['C10', 'C16', 'J62', 'M72'].map((activity, i) => `NR,${activity},SE11\t: \t${100 * (i + 1)} `),
].join('\n');

const upload = (session: Session, url: string, body: string) =>
  as(t.app, session, { method: 'POST', url, payload: body, headers: { 'content-type': 'text/tab-separated-values' } });

beforeAll(async () => {
  t = await createTestApp();
  analyst = await logInAs(t.app, (await buildUser(t.database.db, { role: 'analyst' })).email);
  member = await logInAs(t.app, (await buildUser(t.database.db, { role: 'member' })).email);
});
afterAll(() => t.close());

describe('S3 datasets', () => {
  let datasetId = '';

  it('previews a file: format, years, measures to choose from', async () => {
    const response = await upload(analyst, '/api/s3/imports/preview', TSV);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ format: 'eurostat-tsv', activityDimension: 'nace_r2', years: [2014, 2015], regionCount: 7, activityCount: 4, errorCount: 0 });
  });

  it('imports it with NUTS 2021 codes, notes on recoded, merged and split regions, and missing values counted', async () => {
    const response = await upload(analyst, '/api/s3/datasets?name=Test%20employment&fileName=test.tsv', TSV);
    expect(response.statusCode).toBe(201);
    const dataset = response.json();
    datasetId = dataset.id;
    expect(dataset).toMatchObject({ name: 'Test employment', unit: 'NR', years: [2014, 2015], activityCount: 4, missing: { notAvailable: 4, confidential: 1 } });
    const notes = Object.fromEntries(dataset.recodingNotes.map((n: { original: string; kind: string; code2021: string | null }) => [n.original, n]));
    expect(notes.PL34).toMatchObject({ kind: 'recoded', code2021: 'PL84' });
    expect(notes.DE41).toMatchObject({ kind: 'merged', code2021: 'DE40' });
    expect(notes.LT00).toMatchObject({ kind: 'split' });
    expect(dataset.regionCount).toBe(6);
  });

  it('computes the metrics contract for the latest year, with Podlaskie under PL84 and the merged Brandenburg summed', async () => {
    const response = await as(t.app, member, { method: 'GET', url: `/api/s3/datasets/${datasetId}/metrics` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.meta.selection).toMatchObject({ fromYear: 2015, toYear: 2015, regionLevel: 2 });
    expect(body.regions.map((r: { region: string }) => r.region)).toEqual(['DE40', 'DK03', 'FI1C', 'LT00', 'PL84', 'SE11']);
    expect(body.regions.at(-1)).toMatchObject({ region: 'SE11', diversity: null, eci: null });
    const cell = (region: string, activity: string) => body.cells.find((c: { region: string; activity: string }) => c.region === region && c.activity === activity);
    expect(cell('DE40', 'J62').value).toBe(700);
    // RCA of PL84 in C10 from the 2015 column: (900 / PL84's 1450) / (C10's 1950 / all 5820).
    expect(cell('PL84', 'C10').rca).toBeCloseTo(900 / 1450 / (1950 / 5820), 12);
    expect(cell('PL84', 'C10').m).toBe(1);
    expect(cell('DK03', 'M72')).toMatchObject({ value: 400 });
    // In 2014 that cell is confidential: missing, not zero.
    const earlier = await as(t.app, member, { method: 'GET', url: `/api/s3/datasets/${datasetId}/metrics?year=2014` });
    const missing = earlier.json().cells.find((c: { region: string; activity: string }) => c.region === 'DK03' && c.activity === 'M72');
    expect(missing).toMatchObject({ value: null, rca: null, m: 0 });
  });

  it('gives the region profile with ECI rank and ranked opportunities', async () => {
    const response = await as(t.app, member, { method: 'GET', url: `/api/s3/datasets/${datasetId}/regions/PL84/profile` });
    expect(response.statusCode).toBe(200);
    const profile = response.json();
    expect(profile.region).toBe('PL84');
    expect(profile.regionNames.PL84).toBe('Podlaskie');
    expect(profile.specialisations[0]).toMatchObject({ activity: 'C10', isSpecialised: true });
    // Growth per year from the first year (2014: 890) to 2015 (900).
    expect(profile.growthPeriod).toEqual({ fromYear: 2014, toYear: 2015 });
    expect(profile.specialisations[0].growth).toBeCloseTo(900 / 890 - 1, 12);
    expect(profile.eciRank).toBeGreaterThanOrEqual(1);
    expect(profile.rankedRegions).toBe(5);
    expect(profile.regionNotes[0]).toMatchObject({ original: 'PL34', code2021: 'PL84' });
    const ranked = profile.opportunities.filter((o: { rank: number | null }) => o.rank !== null);
    expect(ranked.map((o: { rank: number }) => o.rank)).toEqual(ranked.map((_: unknown, i: number) => i + 1));
  });

  it("says so when a region has no values in the year asked for, and profiles it in a year it has", async () => {
    const none = await as(t.app, member, { method: 'GET', url: `/api/s3/datasets/${datasetId}/regions/SE11/profile` });
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toMatchObject({ code: 'NOT_ENOUGH_DATA', details: [{ path: 'year', message: 'no values for SE11 in 2015' }] });
    const earlier = await as(t.app, member, { method: 'GET', url: `/api/s3/datasets/${datasetId}/regions/SE11/profile?year=2014` });
    expect(earlier.statusCode).toBe(200);
    expect(earlier.json().total).toBe(1000);
  });

  it('compares regions and builds the activity space', async () => {
    const compare = await as(t.app, member, { method: 'GET', url: `/api/s3/datasets/${datasetId}/compare?regions=PL84,LT00,FI1C&minRegions=2` });
    expect(compare.statusCode).toBe(200);
    expect(compare.json().heatmap.rca).toHaveLength(3);
    // A region without values that year is in the map data with nulls, not an error.
    expect(compare.json().allRegions.find((r: { region: string }) => r.region === 'SE11')).toEqual({ region: 'SE11', eci: null, diversity: null });
    const unknown = await as(t.app, member, { method: 'GET', url: `/api/s3/datasets/${datasetId}/compare?regions=PL84,LT01` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('REGION_NOT_IN_DATASET');
    const space = await as(t.app, member, { method: 'GET', url: `/api/s3/datasets/${datasetId}/activity-space?region=PL84` });
    expect(space.json().nodes).toHaveLength(4);
    expect(space.json().edges.filter((e: { isBackbone: boolean }) => e.isBackbone).length).toBeLessThanOrEqual(3);
  });

  it('exports the cells as CSV', async () => {
    const response = await as(t.app, member, { method: 'GET', url: `/api/s3/datasets/${datasetId}/metrics.csv` });
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body.split('\n')[0]).toBe('region,activity,value,rca,m,density,cog');
  });

  it('rejects a file with bad rows naming their lines, and writes nothing', async () => {
    const bad = `region,activity,year,value\nPL84,C10,2015,12\nPL84,C16,2015,twelve\nLV00,C10,20x5,3\n`;
    const response = await upload(analyst, '/api/s3/datasets?name=Broken', bad);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('BAD_ROWS');
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toEqual(['line 3', 'line 4']);
    const list = await as(t.app, analyst, { method: 'GET', url: '/api/s3/datasets' });
    expect(list.json().map((d: { name: string }) => d.name)).toEqual(['Test employment']);
  });

  it('asks which measure to import when the file holds several', async () => {
    const twoMeasures = 'indic_sb,nace_r2,geo\\time\t2015 \nV16110,C10,PL84\t5 \nV11210,C10,PL84\t2 \n';
    const response = await upload(analyst, '/api/s3/datasets?name=Two', twoMeasures);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('SELECTION_REQUIRED');
    expect(response.json().error.message).toContain('V16110');
    const chosen = await upload(analyst, '/api/s3/datasets?name=Two&select=indic_sb%3DV16110', twoMeasures);
    expect(chosen.statusCode).toBe(201);
    expect(chosen.json().selection).toEqual({ indic_sb: 'V16110' });
  });

  it('replaces a dataset re-imported under the same name', async () => {
    const again = await upload(analyst, '/api/s3/datasets?name=test%20EMPLOYMENT', TSV);
    expect(again.statusCode).toBe(201);
    const names = (await as(t.app, analyst, { method: 'GET', url: '/api/s3/datasets' })).json().map((d: { name: string }) => d.name.toLowerCase());
    expect(names.filter((n: string) => n === 'test employment')).toHaveLength(1);
    datasetId = again.json().id;
  });

  it('lets only analysts and admins import or delete', async () => {
    expect((await upload(member, '/api/s3/datasets?name=Nope', TSV)).statusCode).toBe(403);
    expect((await as(t.app, member, { method: 'DELETE', url: `/api/s3/datasets/${datasetId}` })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/s3/datasets' })).statusCode).toBe(401);
    expect((await as(t.app, analyst, { method: 'DELETE', url: `/api/s3/datasets/${datasetId}` })).statusCode).toBe(204);
    expect((await as(t.app, analyst, { method: 'GET', url: `/api/s3/datasets/${datasetId}` })).statusCode).toBe(404);
  });

  it('names a year the dataset does not have', async () => {
    const two = (await as(t.app, analyst, { method: 'GET', url: '/api/s3/datasets' })).json()[0];
    const response = await as(t.app, member, { method: 'GET', url: `/api/s3/datasets/${two.id}/metrics?year=1999` });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('year');
  });
});
