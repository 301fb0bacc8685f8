import type { Db } from '../../../platform/db/client.ts';
import { createAuditRepository, type Actor } from '../../accounts/index.ts';
import { S3Error } from '../errors.ts';
import { createDatasetsRepository } from '../infra/datasets.repository.ts';
import { canManageDatasets } from '../policies.ts';

export async function listDatasets(deps: { db: Db }) {
  return createDatasetsRepository(deps.db).list();
}

export async function findDatasetByName(deps: { db: Db }, name: string) {
  const dataset = await createDatasetsRepository(deps.db).findByName(name);
  if (!dataset) throw new S3Error('DATASET_NOT_FOUND', `No dataset named "${name}".`);
  return dataset;
}

export async function deleteDataset(deps: { db: Db }, actor: Actor | 'system', datasetId: string) {
  if (actor !== 'system' && !canManageDatasets(actor)) {
    throw new S3Error('NOT_ALLOWED', 'Only analysts and administrators can import or delete datasets.');
  }
  await deps.db.transaction(async (tx) => {
    const datasets = createDatasetsRepository(tx);
    const dataset = await datasets.findById(datasetId);
    if (!dataset) throw new S3Error('DATASET_NOT_FOUND', `No dataset ${datasetId}.`);
    await datasets.delete(datasetId);
    await createAuditRepository(tx).record({
      actorUserId: actor === 'system' ? null : actor.userId,
      action: 's3.dataset.delete',
      targetType: 's3_dataset',
      targetId: datasetId,
      details: { name: dataset.name },
    });
  });
}
