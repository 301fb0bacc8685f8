// The daily digest: for each published profile and open case, the new matches at or above the
// threshold, told once (in the app and by e-mail through the outbox).
import { notify } from '../../accounts/index.ts';
import type { MatchInput } from '../domain/document.ts';
import type { MatchingEngine } from '../domain/engine.ts';
import { createDocumentsRepository } from '../infra/documents.repository.ts';
import { candidateKey, createFeedbackRepository } from '../infra/feedback.repository.ts';
import { matchingEngines } from './engines.ts';
import type { MatchingDeps } from './matches.ts';

export type DigestResult = { queries: number; notices: number; newMatches: number };

type Query = { input: MatchInput; recipients: { id: string; email: string }[]; link: string; what: string };

function bestMatches(engine: MatchingEngine, input: MatchInput, now: number) {
  const index = engine.index;
  const prepared = index.prepare(index.get(input.id) ?? engine.analyse(input));
  const { digestTop, digestThreshold } = engine.config;
  return index.query(prepared, { top: digestTop, now }).filter((m) => m.score >= digestThreshold);
}

export async function runMatchDigest(deps: MatchingDeps): Promise<DigestResult> {
  const now = deps.clock();
  const engines = await matchingEngines(deps.db, now);
  const documents = createDocumentsRepository(deps.db);
  const profileInputs = engines.profiles.index.all().map((doc) => doc.input);
  const recipients = await documents.profileRecipients(profileInputs.map((p) => p.id));
  const queries: Query[] = [
    ...profileInputs.map((input) => ({
      input,
      recipients: recipients.get(input.id) ?? [],
      link: `/profiles/${input.id}`,
      what: `your profile "${input.title}"`,
    })),
    ...(await documents.openCases()).map(({ input, recipients: brokers }) => ({
      input,
      recipients: brokers,
      link: `/cases/${input.id}`,
      what: `the case "${input.title}"`,
    })),
  ];
  const result: DigestResult = { queries: queries.length, notices: 0, newMatches: 0 };
  const feedback = createFeedbackRepository(deps.db);
  const noticed = new Set([
    ...(await feedback.noticed(
      'profile',
      profileInputs.map((p) => p.id),
    )),
    ...(await feedback.noticed(
      'case',
      queries.filter((q) => q.input.kind === 'case').map((q) => q.input.id),
    )),
  ]);
  for (const query of queries) {
    if (query.recipients.length === 0) continue;
    const queryKind = query.input.kind === 'case' ? 'case' : 'profile';
    const fresh = bestMatches(engines.profiles, query.input, now.getTime()).filter(
      (m) => !noticed.has(`${query.input.id}|${candidateKey('profile', m.doc.input.id)}`),
    );
    if (fresh.length === 0) continue;
    await deps.db.transaction(async (tx) => {
      await createFeedbackRepository(tx).addNotices(
        fresh.map((m) => ({
          queryKind,
          queryId: query.input.id,
          candidateKind: 'profile' as const,
          candidateId: m.doc.input.id,
          score: m.score,
        })),
        now,
      );
      const lines = fresh.map(
        (m) => `- ${m.doc.input.title} (${m.doc.input.country ?? '?'}, ${Math.round(m.score * 100)}%)`,
      );
      await notify(
        tx,
        query.recipients,
        {
          kind: 'match.digest',
          title: `${fresh.length} new match${fresh.length === 1 ? '' : 'es'} for ${query.what}`,
          body: `New partner profiles match ${query.what}:\n${lines.join('\n')}`,
          link: query.link,
        },
        { publicUrl: deps.publicUrl },
      );
    });
    result.notices += 1;
    result.newMatches += fresh.length;
  }
  return result;
}
