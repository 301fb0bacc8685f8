import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, logInAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import { buildUser } from '../../../../test/factories.ts';
import { loadReferenceData } from '../application/load-reference-data.ts';

let t: TestApp;
let session: Session;
beforeAll(async () => {
  t = await createTestApp();
  session = await logInAs(t.app, (await buildUser(t.database.db)).email);
});
afterAll(() => t.close());

const get = (url: string) => as(t.app, session, { method: 'GET', url });

describe('reference data', () => {
  it('lists the BSR regions at NUTS-2 and the children of a region', async () => {
    const regions = (await get('/api/reference/nuts?country=PL&level=2&limit=100')).json();
    expect(regions.map((r: { code: string }) => r.code)).toContain('PL84');
    const children = (await get('/api/reference/nuts?parent=DK03')).json();
    expect(children.map((r: { code: string }) => r.code)).toEqual(['DK031', 'DK032']);
    expect((await get('/api/reference/nuts/LV008')).json()).toMatchObject({ name: 'Vidzeme', level: 3, parentCode: 'LV00' });
    expect((await get('/api/reference/nuts/XX999')).statusCode).toBe(404);
  });

  it('finds regions by name with a typo, best match first', async () => {
    const found = (await get('/api/reference/nuts?q=Podlasie&limit=5')).json();
    expect(found[0].code).toBe('PL84');
  });

  it('searches NACE by words and by code, in either notation', async () => {
    const dairy = (await get('/api/reference/nace?q=dairy%20products&level=3')).json();
    expect(dairy[0]).toMatchObject({ code: 'C10.5', eurostatCode: 'C105', name: 'Manufacture of dairy products' });
    expect((await get('/api/reference/nace/C1051')).json().code).toBe('C10.51');
    const classes = (await get('/api/reference/nace?parent=C105')).json();
    expect(classes.map((c: { code: string }) => c.code)).toEqual(['C10.51', 'C10.52']);
  });

  it('serves countries, the 35 WIPO fields, TRLs and the helix and size classes', async () => {
    const countries = (await get('/api/reference/countries')).json();
    expect(countries.find((c: { code: string }) => c.code === 'GR')).toMatchObject({ eurostatCode: 'EL' });
    expect((await get('/api/reference/technology-fields')).json()).toHaveLength(35);
    const trl = (await get('/api/reference/trl')).json();
    expect(trl.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await get('/api/reference/enums')).json().helixTypes).toEqual(['industry', 'research', 'administration', 'civil_society']);
  });

  it('reloads only when the files change', async () => {
    expect(await loadReferenceData(t.database.db)).toEqual({ isChanged: false });
  });

  it('rejects a bad query parameter naming it', async () => {
    const response = await get('/api/reference/nuts?level=7');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('querystring.level');
  });
});
