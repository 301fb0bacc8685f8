import { describe, expect, it } from 'vitest';
import { buildTextModel, englishTokens, sharedTerms, textSimilarity } from './text-similarity.ts';

describe('englishTokens', () => {
  it('stems, and drops stop words, numbers and RIS3 boilerplate', () => {
    expect(englishTokens('Dairies and the dairy of 2030').map((t) => t.stem)).toEqual(['dairi', 'dairi']);
    expect(englishTokens('Smart specialisation: innovative development of the regional sector')).toEqual([]);
  });
});

describe('textSimilarity', () => {
  const model = buildTextModel([
    { id: 'a', title: 'Dairies', description: 'Cheese making and milk processing.' },
    { id: 'b', title: 'Dairy products', description: 'Milk and cheese from regional dairy farms.' },
    { id: 'c', title: 'Software', description: 'Cloud services and data platforms.' },
    { id: 'd', title: 'Innovation support', description: 'Smart specialisation and regional development.' },
  ]);

  it('matches across inflections ("dairies" ~ "dairy") and not across subjects', () => {
    const inflections = buildTextModel([
      { id: 'plural', title: 'Dairies', description: '' },
      { id: 'singular', title: 'Dairy', description: '' },
      { id: 'other', title: 'Software', description: '' },
    ]);
    expect(textSimilarity(inflections, 'plural', 'singular')).toBeCloseTo(1, 10);
    expect(textSimilarity(model, 'a', 'b')).toBeGreaterThan(0.4);
    expect(textSimilarity(model, 'a', 'c')).toBe(0);
    expect(textSimilarity(model, 'a', 'a')).toBeCloseTo(1, 10);
    expect(textSimilarity(model, 'a', 'unknown')).toBe(0);
  });

  it('ignores boilerplate: a text of only boilerplate is similar to nothing', () => {
    expect(textSimilarity(model, 'b', 'd')).toBe(0);
  });

  it('names the shared terms by their most common surface word', () => {
    // "dairy" (3×, the title counts twice) is more common than "dairies" (2×).
    expect(sharedTerms(model, 'a', 'b')).toEqual(expect.arrayContaining(['dairy', 'cheese', 'milk']));
    expect(sharedTerms(model, 'a', 'b', 1)).toHaveLength(1);
    expect(sharedTerms(model, 'a', 'c')).toEqual([]);
  });

  it('counts the title more than the description', () => {
    const titled = buildTextModel([
      { id: 'x', title: 'Aquaculture', description: 'Shipbuilding' },
      { id: 'fish', title: 'Aquaculture', description: '' },
      { id: 'ships', title: 'Shipbuilding', description: '' },
    ]);
    expect(textSimilarity(titled, 'x', 'fish')).toBeGreaterThan(textSimilarity(titled, 'x', 'ships'));
  });
});
