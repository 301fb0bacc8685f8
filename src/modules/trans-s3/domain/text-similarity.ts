// How alike two RIS3 priorities read: TF-IDF vectors of their English title and description, cosine similarity.
import snowball from 'snowball-stemmers';
import * as stopwords from 'stopword';

/**
 * Words nearly every RIS3 priority uses, which say nothing about its subject. They are removed by
 * stem, so "innovation" also removes "innovative", "region" also "regional", "develop" "development".
 */
const RIS3_BOILERPLATE = [
  'development',
  'innovation',
  'smart',
  'specialisation',
  'specialization',
  'region',
  'sector',
  'support',
  'strategy',
  'priority',
  'area',
  'field',
  'based',
  'new',
  'solution',
  'competitiveness',
  'including',
];

const stemmer = snowball.newStemmer('english');
const stems = new Map<string, string>();
const stem = (word: string) => {
  let result = stems.get(word);
  if (result === undefined) {
    result = stemmer.stem(word);
    stems.set(word, result);
  }
  return result;
};
const STOP_WORDS = new Set(stopwords.eng);
const BOILERPLATE_STEMS = new Set(RIS3_BOILERPLATE.map(stem));

export type Token = { stem: string; word: string };

/** English terms of a text: lower-case words of 2+ letters/digits, without stop words, boilerplate and bare numbers, Snowball-stemmed. */
export function englishTokens(text: string): Token[] {
  const result: Token[] = [];
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []) {
    if (STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    const term = stem(word);
    if (BOILERPLATE_STEMS.has(term)) continue;
    result.push({ stem: term, word });
  }
  return result;
}

export type TextDocument = { id: string; title: string; description: string };

export type TextModel = {
  /** Unit-length TF-IDF vector (stem → weight) of each document. */
  vectors: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The surface word most used for each stem in the corpus (ties: alphabetically first). */
  surface: ReadonlyMap<string, string>;
};

/**
 * TF-IDF over the given documents (the corpus is the priorities compared). The title counts twice:
 * it is the priority's own summary. tf = 1 + ln(count) (sublinear: a long description repeating a
 * word should not drown the rest); idf = ln(1 + N / df), smoothed so that a term every document
 * has still counts a little, which matters for small corpora (two regions' priorities).
 */
export function buildTextModel(documents: readonly TextDocument[]): TextModel {
  const counts = new Map<string, Map<string, number>>();
  const documentFrequency = new Map<string, number>();
  const wordCounts = new Map<string, Map<string, number>>();
  for (const document of documents) {
    const tokens = [
      ...englishTokens(document.title),
      ...englishTokens(document.title),
      ...englishTokens(document.description),
    ];
    const termCounts = new Map<string, number>();
    for (const token of tokens) {
      termCounts.set(token.stem, (termCounts.get(token.stem) ?? 0) + 1);
      const words = wordCounts.get(token.stem) ?? new Map<string, number>();
      words.set(token.word, (words.get(token.word) ?? 0) + 1);
      wordCounts.set(token.stem, words);
    }
    counts.set(document.id, termCounts);
    for (const term of termCounts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const n = counts.size;
  const vectors = new Map<string, Map<string, number>>();
  for (const [id, termCounts] of counts) {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of termCounts) {
      const weight = (1 + Math.log(count)) * Math.log(1 + n / (documentFrequency.get(term) ?? 1));
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    vectors.set(id, vector);
  }
  const surface = new Map<string, string>();
  for (const [term, words] of wordCounts) {
    const [best] = [...words].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    if (best) surface.set(term, best[0]);
  }
  return { vectors, surface };
}

/** Cosine similarity of two documents of the model, 0..1; 0 for an unknown id or an empty text. */
export function textSimilarity(model: TextModel, a: string, b: string): number {
  const left = model.vectors.get(a);
  const right = model.vectors.get(b);
  if (!left || !right) return 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return Math.min(1, dot);
}

/**
 * The terms two documents share, most telling first (by their contribution to the cosine), as
 * surface words: the "why" of a text similarity.
 */
export function sharedTerms(model: TextModel, a: string, b: string, limit = 5): string[] {
  const left = model.vectors.get(a);
  const right = model.vectors.get(b);
  if (!left || !right) return [];
  return [...left]
    .flatMap(([term, weight]) => {
      const other = right.get(term);
      return other === undefined ? [] : [{ term, contribution: weight * other }];
    })
    .sort((x, y) => y.contribution - x.contribution || (x.term < y.term ? -1 : 1))
    .slice(0, limit)
    .map(({ term }) => model.surface.get(term) ?? term);
}
