import { describe, expect, it } from 'vitest';
import {
  formatPrioritiesCsv,
  parsePrioritiesCsv,
  PrioritiesCsvError,
  type PriorityRow,
} from './priorities-csv.ts';

const known = {
  nace: new Set(['A', 'A01', 'C', 'C10', 'C10.5', 'C10.51', 'J', 'J62', 'Q86']),
  nabs: new Set(['01', '07', '08', '13', '14']),
  objectives: new Set(['public-health-food-security', 'digital-agenda-e-health']),
  techFields: new Set(Array.from({ length: 35 }, (_, i) => i + 1)),
};
const HEADER = 'region,priority_id,title,description,nace,nabs,objectives,tech_fields';

function errorsOf(text: string) {
  try {
    parsePrioritiesCsv(text, known);
  } catch (error) {
    if (error instanceof PrioritiesCsvError) return error.details;
    throw error;
  }
  throw new Error('expected a PrioritiesCsvError');
}

describe('parsePrioritiesCsv', () => {
  it('reads priorities: ids region:priority_id, trimmed and normalised codes, optional source columns', () => {
    const rows = parsePrioritiesCsv(
      `${HEADER},source_document,source_year\n` +
        ' pl84 , P1 ,Dairy,"Milk, cheese", c10.51 ; A01 ,8, public-health-food-security ,18;15,RIS3 Podlaskie,2021\n' +
        'LV,LV1,ICT,,J62,,,,,\n',
      known,
    );
    expect(rows).toEqual([
      {
        id: 'PL84:P1',
        region: 'PL84',
        code: 'P1',
        title: 'Dairy',
        description: 'Milk, cheese',
        nace: ['C10.51', 'A01'],
        nabs: ['08'],
        objectives: ['public-health-food-security'],
        techFields: [18, 15],
        sourceDocument: 'RIS3 Podlaskie',
        sourceYear: 2021,
      },
      {
        id: 'LV:LV1',
        region: 'LV',
        code: 'LV1',
        title: 'ICT',
        description: '',
        nace: ['J62'],
        nabs: [],
        objectives: [],
        techFields: [],
        sourceDocument: null,
        sourceYear: null,
      },
    ]);
    // Without the optional columns.
    expect(parsePrioritiesCsv(`${HEADER}\nLT,1,Health,,Q86,07,,13\n`, known)[0]).toMatchObject({
      id: 'LT:1',
      sourceDocument: null,
      sourceYear: null,
    });
  });

  it('names the line and column of every bad value, not just the first', () => {
    const details = errorsOf(
      `${HEADER}\n` +
        'PL84,P1,Dairy,"A description\nover two lines",C10.51;10.5,08,,18\n' +
        'LV,LV1,,x,C99,15,green-deal,0;36;x\n' +
        'LV,LV1,Again,x,C10,08,,\n' +
        ',P9,No region,x,,,,\n' +
        'LT,,No id,x,,,,\n' +
        'LT,L2,Too few cells\n',
    );
    expect(details).toEqual([
      { line: 2, field: 'nace', message: '"10.5" lacks its section letter (write e.g. C10.51, not 10.51)' },
      { line: 4, field: 'title', message: 'is missing' },
      { line: 4, field: 'nace', message: '"C99" is not a NACE Rev.2 code' },
      { line: 4, field: 'nabs', message: '"15" is not a NABS 2007 chapter (01..14)' },
      { line: 4, field: 'objectives', message: '"green-deal" is not a known policy objective' },
      { line: 4, field: 'tech_fields', message: '"0" is not a WIPO technology field (1..35)' },
      { line: 4, field: 'tech_fields', message: '"36" is not a WIPO technology field (1..35)' },
      { line: 4, field: 'tech_fields', message: '"x" is not a WIPO technology field (1..35)' },
      { line: 5, field: 'priority_id', message: `"LV1" repeats region LV's priority of line 4` },
      { line: 6, field: 'region', message: 'is missing' },
      { line: 7, field: 'priority_id', message: 'is missing' },
      { line: 8, field: '(row)', message: 'has 3 cells, the header 8' },
    ]);
  });

  it('rejects a wrong header, naming the missing and unknown columns', () => {
    const details = errorsOf(
      'region,id,title,description,nace,nabs,objectives,tech_fields\nPL84,P1,x,,,,,\n',
    );
    expect(details.map((d) => [d.line, d.field, d.message])).toEqual([
      [1, 'id', 'unknown column'],
      [1, 'priority_id', 'missing column'],
      [1, '(header)', expect.stringContaining('expected the header region,priority_id,title')],
    ]);
    expect(errorsOf('')).toEqual([{ line: 1, field: '(header)', message: 'the file is empty' }]);
  });

  it('reports a malformed file as one error', () => {
    const [detail] = errorsOf(`${HEADER}\nPL84,P1,"unclosed,,,,,,\n`);
    expect(detail).toMatchObject({ field: '(file)', message: expect.stringContaining('not valid CSV') });
  });
});

describe('formatPrioritiesCsv', () => {
  it('round-trips through parsePrioritiesCsv, with commas, quotes and line breaks', () => {
    const rows: PriorityRow[] = [
      {
        id: 'PL84:P1',
        region: 'PL84',
        code: 'P1',
        title: 'Agri-food: milk, "dairy"',
        description: 'Two lines,\nwith a comma',
        nace: ['C10.51', 'A01'],
        nabs: ['08'],
        objectives: ['public-health-food-security'],
        techFields: [18, 15],
        sourceDocument: 'RIS3, 2021-2027',
        sourceYear: 2021,
      },
      {
        id: 'LV:LV1',
        region: 'LV',
        code: 'LV1',
        title: 'ICT',
        description: '',
        nace: [],
        nabs: [],
        objectives: [],
        techFields: [],
        sourceDocument: null,
        sourceYear: null,
      },
    ];
    const text = formatPrioritiesCsv(rows);
    expect(text.split('\n')[0]).toBe(`${HEADER},source_document,source_year`);
    expect(parsePrioritiesCsv(text, known)).toEqual(rows);
  });
});
