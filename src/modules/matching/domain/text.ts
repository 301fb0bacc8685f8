// Text analysis for matching: words, stop words and stems per language, and title trigrams.
import snowball from 'snowball-stemmers';
import * as stopwords from 'stopword';

/** Snowball stemmers for the languages that have one; other languages keep whole words ("simple"). */
const SNOWBALL: Record<string, string> = {
  en: 'english',
  de: 'german',
  da: 'danish',
  fi: 'finnish',
  sv: 'swedish',
  nb: 'norwegian',
  no: 'norwegian',
  nl: 'dutch',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  pt: 'portuguese',
  ru: 'russian',
  cs: 'czech',
};

/** Stop-word lists (ISO 639-3 keys of the `stopword` package) for the platform's languages and neighbours. */
const STOPWORDS: Record<string, readonly string[]> = {
  en: stopwords.eng,
  pl: stopwords.pol,
  lv: stopwords.lav,
  lt: stopwords.lit,
  et: stopwords.est,
  fi: stopwords.fin,
  de: stopwords.deu,
  da: stopwords.dan,
  sv: stopwords.swe,
  nb: stopwords.nob,
  no: stopwords.nob,
  nl: stopwords.nld,
  fr: stopwords.fra,
  es: stopwords.spa,
  it: stopwords.ita,
  pt: stopwords.por,
  ru: stopwords.rus,
  cs: stopwords.ces,
};

/** Words that say nothing about a partnering profile's subject, in the profiles' usual language. */
const PROFILE_BOILERPLATE = [
  'company',
  'companies',
  'partner',
  'partners',
  'looking',
  'seeking',
  'sought',
  'offer',
  'offers',
  'offered',
  'request',
  'requests',
  'cooperation',
  'agreement',
  'agreements',
  'interested',
  'based',
  'new',
  'also',
  'well',
  'seek',
  'seeks',
  'technology',
  'technologies',
  // Nationalities say where a partner is; the geography signal already counts that.
  'polish',
  'latvian',
  'lithuanian',
  'estonian',
  'finnish',
  'german',
  'danish',
  'swedish',
  'norwegian',
  'european',
];

type Analyser = { stop: Set<string>; stem: (word: string) => string };
const analysers = new Map<string, Analyser>();

function analyserFor(language: string): Analyser {
  const cached = analysers.get(language);
  if (cached) return cached;
  const stop = new Set([...(STOPWORDS[language] ?? STOPWORDS.en ?? []), ...PROFILE_BOILERPLATE]);
  const algorithm = SNOWBALL[language];
  const stemmer = algorithm ? snowball.newStemmer(algorithm) : null;
  const stems = new Map<string, string>();
  const stem = (word: string) => {
    let result = stems.get(word);
    if (result === undefined) {
      result = foldAccents(stemmer ? stemmer.stem(word) : word);
      stems.set(word, result);
    }
    return result;
  };
  const analyser = { stop, stem };
  analysers.set(language, analyser);
  return analyser;
}

const foldAccents = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '');

/** Lower-case words of letters and digits, at least two characters long. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
}

export type Token = { term: string; word: string };

/** Stemmed terms of a text in its language, without stop words and bare numbers; `word` is the first surface form. */
export function tokens(text: string, language: string): Token[] {
  const { stop, stem } = analyserFor(language);
  const result: Token[] = [];
  for (const word of words(text)) {
    if (stop.has(word) || /^\d+$/.test(word)) continue;
    result.push({ term: stem(word), word });
  }
  return result;
}

/** Trigrams as PostgreSQL's pg_trgm makes them: each word padded with two spaces before and one after. */
export function trigrams(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of words(text)) {
    const padded = `  ${foldAccents(word)} `;
    for (let i = 0; i + 3 <= padded.length; i += 1) result.add(padded.slice(i, i + 3));
  }
  return result;
}
