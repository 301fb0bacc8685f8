// Quality of the matching engine on the labelled set in eval/matching/data (issue 6): for every
// labelled profile, the ranked partners of the engine against the good partners a broker named,
// compared in the same run with plain full-text search (PostgreSQL's, the keyword search of a
// partner database) and with the engine's own text signal alone.
// Run: npm run eval:matching. Writes "## Matching quality" in docs/benchmarks.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import {
  DEFAULT_MATCHING_CONFIG,
  SIGNALS,
  type MatchingConfig,
} from '../src/modules/matching/domain/config.ts';
import type { MatchInput } from '../src/modules/matching/domain/document.ts';
import { MatchingEngine } from '../src/modules/matching/domain/engine.ts';
import { parseProfilesJsonl } from '../src/modules/matching/index.ts';
import { replaceSection } from './bench-s3.ts';

const HEADING = '## Matching quality';
const FILE = new URL('../docs/benchmarks.md', import.meta.url);
const DATA = new URL('../eval/matching/data/', import.meta.url);
const DEPTH = 50;

const files = readdirSync(DATA).sort();
const inputs: MatchInput[] = files
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) => parseProfilesJsonl(readFileSync(new URL(name, DATA), 'utf8')));
const labels: Record<string, string[]> = Object.assign(
  {},
  ...files
    .filter((name) => name.endsWith('.labels.json'))
    .map((name) => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as Record<string, string[]>),
);
const known = new Set(inputs.map((p) => p.id));
for (const [query, good] of Object.entries(labels)) {
  for (const id of [query, ...good]) if (!known.has(id)) throw new Error(`labels name unknown profile ${id}`);
}
const queries = Object.keys(labels).sort();

type Ranker = (query: MatchInput) => Promise<string[]> | string[];
type Metrics = { precisionAt5: number; recallAt10: number; mrr: number; hitAt1: number };

async function evaluate(rank: Ranker): Promise<Metrics> {
  let [precision, recall, reciprocal, hits] = [0, 0, 0, 0];
  const byId = new Map(inputs.map((p) => [p.id, p]));
  for (const id of queries) {
    const good = new Set(labels[id]);
    const ranked = (await rank(byId.get(id) as MatchInput)).slice(0, DEPTH);
    precision += ranked.slice(0, 5).filter((r) => good.has(r)).length / 5;
    recall += ranked.slice(0, 10).filter((r) => good.has(r)).length / good.size;
    const first = ranked.findIndex((r) => good.has(r));
    reciprocal += first < 0 ? 0 : 1 / (first + 1);
    hits += first === 0 ? 1 : 0;
  }
  const n = queries.length;
  return { precisionAt5: precision / n, recallAt10: recall / n, mrr: reciprocal / n, hitAt1: hits / n };
}

const NOW = Date.parse('2026-11-27T12:00:00Z');
function engineRanker(config: MatchingConfig): Ranker {
  const engine = new MatchingEngine(config);
  engine.add(inputs);
  return (query) => engine.matches(query, { top: DEPTH, now: NOW }).map((m) => m.doc.input.id);
}

// Plain full-text search: the query profile's own words, any of them, ranked by PostgreSQL's ts_rank
// over the same four text fields (the way a partner database's keyword search ranks).
const pg = new PGlite();
await pg.exec(`create table profiles (id text primary key, document tsvector not null);
  create index on profiles using gin (document);`);
for (const p of inputs) {
  await pg.query(
    `insert into profiles values ($1, setweight(to_tsvector('english', $2), 'A') || setweight(to_tsvector('english', $3), 'B') || setweight(to_tsvector('english', $4), 'C'))`,
    [p.id, p.title, p.summary, `${p.description} ${p.partnerSought}`],
  );
}
const fullText: Ranker = async (query) => {
  const text = [query.title, query.summary, query.description, query.partnerSought].join(' ');
  const result = await pg.query<{ id: string }>(
    `with q as (select to_tsquery('english', coalesce(string_agg(quote_literal(lexeme), ' | '), '')) as query
                from unnest(to_tsvector('english', $1)))
     select p.id from profiles p, q where p.document @@ q.query and p.id <> $2
     order by ts_rank(p.document, q.query) desc, p.id limit ${DEPTH}`,
    [text, query.id],
  );
  return result.rows.map((row) => row.id);
};

const onlyText: MatchingConfig = {
  ...DEFAULT_MATCHING_CONFIG,
  weights: Object.fromEntries(SIGNALS.map((s) => [s, s === 'text' ? 1 : 0])) as MatchingConfig['weights'],
  minScore: 0,
};

const rows: [string, Metrics][] = [
  ['matching engine (default weights)', await evaluate(engineRanker(DEFAULT_MATCHING_CONFIG))],
  ['engine, text signal only (BM25, stemmed)', await evaluate(engineRanker(onlyText))],
  ['baseline: PostgreSQL full-text search (ts_rank, any of the profile’s words)', await evaluate(fullText)],
];
await pg.close();

const pct = (value: number) => (value * 100).toFixed(1);
const typeCounts = new Map<string, number>();
for (const p of inputs) typeCounts.set(p.role, (typeCounts.get(p.role) ?? 0) + 1);
const pairs = Object.values(labels).reduce((sum, good) => sum + good.length, 0);
const section = `${HEADING}

\`npm run eval:matching\` (${new Date().toISOString().slice(0, 10)}): the labelled set in \`eval/matching/data\` — ${inputs.length} partnering
profiles written like EEN profiles in ten sectors (${files
  .filter((f) => f.endsWith('.jsonl'))
  .map((f) => f.replace('.jsonl', ''))
  .join(', ')}),
${new Set(inputs.map((p) => p.country)).size} countries, ${[...typeCounts].map(([t, n]) => `${n} ${t.replaceAll('_', ' ').replace('rd ', 'R&D ')}${t.endsWith('search') ? 'es' : 's'}`).join(', ')};
${queries.length} profiles have good partners named (${pairs} links, mostly across borders, often in other words than the request:
"sour by-product of strained yoghurt" answered by "nanofiltration of acid whey"), with hard negatives (competitors, the same
word in another field, partners outside a request's target countries). Each ranking excludes the profile itself.

| ranking | precision@5 | recall@10 | MRR | first is good |
|---|---:|---:|---:|---:|
${rows.map(([name, m]) => `| ${name} | ${pct(m.precisionAt5)} % | ${pct(m.recallAt10)} % | ${m.mrr.toFixed(3)} | ${pct(m.hitAt1)} % |`).join('\n')}

Precision@5 cannot reach 100 %: most profiles have one to three good partners. Brokers' "good match" / "not relevant"
clicks are stored with the rank and score they saw (\`match_feedback\`); \`gosmart match --feedback\` computes the same measures on real use.
`;
writeFileSync(FILE, replaceSection(readFileSync(FILE, 'utf8'), HEADING, section));
console.log(section);
