import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  formatAmount,
  renderStrategyDocument,
  type StrategyDocument,
} from './strategy-document.ts';

const strategy: StrategyDocument = {
  group: {
    id: 'g1',
    name: 'Baltic Food Valley',
    regions: [
      { code: 'PL84', name: 'Podlaskie' },
      { code: 'DK03', name: 'Syddanmark' },
    ],
  },
  title: 'Smart food from the Baltic',
  vision: 'By 2030 the regions lead in dairy innovation.\n\nSecond paragraph,\nwith a line break.',
  governance: [
    {
      name: 'Steering committee',
      mandate: 'Decides the annual work plan.',
      members: [{ name: 'Anna Nowak', organisation: 'Podlaskie Marshal Office', role: 'Chair' }],
    },
  ],
  domains: [
    {
      id: 'c1',
      key: 'D1',
      label: 'Functional dairy',
      description: 'Lactose-free and probiotic products.',
      status: 'final',
      origin: 'manual',
      strength: 0.8,
      regions: [
        { code: 'PL84', name: 'Podlaskie' },
        { code: 'DK03', name: 'Syddanmark' },
      ],
      priorities: [{ id: 'p1', region: 'PL84', code: 'P1', title: 'Agri-food' }],
      nace: [{ code: 'C10.51', name: 'Operation of dairies and cheese making' }],
      why: {
        codes: [{ scheme: 'NACE', code: 'C10.5', regions: ['PL84', 'DK03'], priorities: 2 }],
        terms: [],
        links: [],
      },
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
  ],
  actions: [
    {
      id: 'a1',
      title: 'Joint pilot plant',
      description: '',
      leadRegion: { code: 'PL84', name: 'Podlaskie' },
      partnerRegions: [{ code: 'DK03', name: 'Syddanmark' }],
      organisations: [{ id: 'o1', name: 'Biebrza Dairy' }],
      candidates: [{ id: 'c1', label: 'Functional dairy' }],
      budget: 1250000,
      currency: 'EUR',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      status: 'running',
    },
  ],
  indicators: [
    {
      id: 'i1',
      name: 'Jobs in functional dairy',
      unit: 'persons',
      source: 'Eurostat SBS',
      candidate: { id: 'c1', label: 'Functional dairy' },
      baseline: 1000,
      baselineDate: '2020-01-01',
      target: 1400,
      targetDate: '2030-01-01',
      measurements: [{ id: 'm1', date: '2024-01-01', value: 1200, note: '' }],
      progress: { latest: { date: '2024-01-01', value: 1200 }, progress: 0.5, status: 'on_track' },
    },
  ],
  updatedAt: '2025-03-01T10:00:00.000Z',
};

describe('renderStrategyDocument', () => {
  const html = renderStrategyDocument(strategy, '2025-03-02T08:15:30.000Z');

  it('is a complete, printable document with inline A4 styles and no external resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[\s\S]*@page \{ size: A4; margin: [^}]+\}/);
    expect(html).toContain('</html>');
    expect(html).not.toMatch(/<script|<link|src=/i);
  });

  it('has a heading per section in order', () => {
    const headings = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Regions',
      'Vision',
      'Transnational smart domains',
      'Governance',
      'Action plan',
      'Monitoring indicators',
    ]);
    expect(html).toContain('<h1>Smart food from the Baltic</h1>');
    expect(html).toContain('Podlaskie (PL84), Syddanmark (DK03)');
  });

  it('splits the vision into paragraphs', () => {
    expect(html).toContain('<p>By 2030 the regions lead in dairy innovation.</p>');
    expect(html).toContain('<p>Second paragraph,<br>with a line break.</p>');
  });

  it('shows the domains with regions, member priorities, NACE codes and why', () => {
    expect(html).toContain('<h3>D1 Functional dairy</h3>');
    expect(html).toContain('<li>PL84 P1: Agri-food</li>');
    expect(html).toContain('Operation of dairies and cheese making (C10.51)');
    expect(html).toContain('Shared codes: NACE C10.5 (PL84, DK03)');
  });

  it('lists governance members, the action plan and the indicators', () => {
    expect(html).toContain('<td>Anna Nowak</td><td>Podlaskie Marshal Office</td><td>Chair</td>');
    expect(html).toContain('<strong>Lead:</strong> Podlaskie (PL84)');
    expect(html).toContain('<strong>Organisations:</strong> Biebrza Dairy');
    expect(html).toContain('€1,250,000');
    expect(html).toContain('2026-01-01 – 2027-12-31');
    expect(html).toContain('<td>Running</td>');
    expect(html).toContain('50 %');
    expect(html).toContain('<td>On track</td>');
    expect(html).toContain('1,200 persons');
  });

  it('states the generation date', () => {
    expect(html).toContain('Generated 2025-03-02 08:15 UTC');
  });

  it('escapes every user string', () => {
    const evil = '<script>alert("x")</script>';
    const doc = renderStrategyDocument(
      {
        ...strategy,
        title: evil,
        vision: evil,
        group: { ...strategy.group, name: evil },
        governance: [
          { name: evil, mandate: evil, members: [{ name: evil, organisation: evil, role: evil }] },
        ],
        actions: [
          { ...(strategy.actions[0] as StrategyDocument['actions'][number]), title: evil, description: evil },
        ],
      },
      '2025-03-02T08:15:30.000Z',
    );
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('says what is missing in an empty strategy and titles it after the group', () => {
    const doc = renderStrategyDocument(
      {
        ...strategy,
        title: '',
        vision: '',
        governance: [],
        domains: [],
        actions: [],
        indicators: [],
        updatedAt: null,
      },
      '2025-03-02T08:15:30.000Z',
    );
    expect(doc).toContain('<h1>Transnational smart specialisation strategy of Baltic Food Valley</h1>');
    expect(doc).toContain('No vision written yet.');
    expect(doc).toContain('No domains chosen yet (step 6).');
    expect(doc).toContain('No actions yet.');
    expect(doc).not.toContain('<table>');
  });
});

describe('helpers', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
  });

  it('formats budgets in their currency', () => {
    expect(formatAmount(1500, 'EUR')).toBe('€1,500');
    expect(formatAmount(2_000_000, 'SEK')).toMatch(/^SEK\s2,000,000$/); // ICU puts a no-break space
  });
});
