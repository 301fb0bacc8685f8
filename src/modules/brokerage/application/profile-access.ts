import type { Db } from '../../../platform/db/client.ts';
import type { Actor } from '../../accounts/index.ts';
import { createAccessRepository } from '../infra/access.repository.ts';
import { isBroker, type OrganisationFacts } from '../policies.ts';

/** What the policies need to know about the actor and one organisation. */
export async function organisationFacts(
  db: Db,
  actor: Actor,
  organisationId: string,
): Promise<OrganisationFacts> {
  if (!isBroker(actor)) return { isResponsibleBroker: false, servesRegion: false };
  const access = createAccessRepository(db);
  const [isResponsibleBroker, servesRegion] = await Promise.all([
    access.isResponsibleFor(actor.userId, organisationId),
    access.servesRegionOf(actor.userId, organisationId),
  ]);
  return { isResponsibleBroker, servesRegion };
}
