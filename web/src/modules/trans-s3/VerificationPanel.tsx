import { Divider, Stack } from '@mantine/core';
import type { TGroup } from '../../../../src/modules/trans-s3/contract.ts';
import { CriteriaSection } from './steps/CriteriaSection.tsx';
import { InternationalisationSection } from './steps/InternationalisationSection.tsx';
import { TrendsSection } from './steps/TrendsSection.tsx';

/** Steps 3-5: verification criteria, market and technology trends, internationalisation potential. */
export function VerificationPanel({ group }: { group: TGroup }) {
  return (
    <Stack gap="xl" data-testid="verification-panel">
      <CriteriaSection group={group} />
      <Divider />
      <TrendsSection group={group} />
      <Divider />
      <InternationalisationSection group={group} />
    </Stack>
  );
}
