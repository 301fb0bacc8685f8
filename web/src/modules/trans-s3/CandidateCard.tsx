import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useS3Format } from '../s3/s3.ts';
import { CodeChips, RegionChips } from './CodeChips.tsx';
import type { TCandidate } from './useTransS3.ts';

const SCHEMES = ['nace', 'nabs', 'objective', 'tech'] as const;
type Scheme = (typeof SCHEMES)[number];
const isScheme = (value: string): value is Scheme => (SCHEMES as readonly string[]).includes(value);

const STATUS_COLORS = { candidate: 'blue', dropped: 'gray', final: 'green' } as const;

/** A code scheme's name in the UI language ("NACE", "Technology field"). */
export function useSchemeLabel(): (scheme: string) => string {
  const { t } = useTranslation();
  return (scheme) => (isScheme(scheme) ? t(`transS3.codes.${scheme}`) : scheme);
}

type CandidateCardProps = {
  groupId: string;
  candidate: TCandidate;
  canEdit: boolean;
  /** Chosen for merging (editors, active candidates only). */
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
  onEdit?: () => void;
  onSplit?: () => void;
  onDrop?: () => void;
  onRestore?: () => void;
  busy?: boolean;
};

/** One candidate transnational domain: its regions and priorities, and why step 1 grouped them. */
export function CandidateCard({
  groupId,
  candidate,
  canEdit,
  selected,
  onSelect,
  onEdit,
  onSplit,
  onDrop,
  onRestore,
  busy,
}: CandidateCardProps) {
  const { t } = useTranslation();
  const format = useS3Format();
  const schemeLabel = useSchemeLabel();
  const isDropped = candidate.status === 'dropped';
  const headingId = `candidate-${candidate.id}-heading`;

  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="candidate-card"
      data-status={candidate.status}
      style={isDropped ? { opacity: 0.65 } : undefined}
      bg={selected ? 'var(--mantine-color-blue-light)' : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="sm" align="flex-start" wrap="nowrap">
            {canEdit && !isDropped && onSelect ? (
              <Checkbox
                mt={4}
                checked={selected ?? false}
                onChange={(event) => onSelect(event.currentTarget.checked)}
                aria-label={t('transS3.candidates.selectForMerge', { label: candidate.label })}
                data-testid="candidate-select"
              />
            ) : null}
            <Box>
              <Text size="xs" c="dimmed" fw={700}>
                {candidate.key}
              </Text>
              <Title order={3} size="h4" id={headingId}>
                {candidate.label}
              </Title>
            </Box>
          </Group>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Badge
              variant="light"
              color={STATUS_COLORS[candidate.status]}
              styles={{ label: { overflow: 'visible' } }}
              data-testid="candidate-status"
            >
              {t(`transS3.candidateStatus.${candidate.status}`)}
            </Badge>
            {candidate.origin !== 'step1' ? (
              <Badge variant="outline" color="gray" styles={{ label: { overflow: 'visible' } }}>
                {t(`transS3.candidateOrigin.${candidate.origin}`)}
              </Badge>
            ) : null}
          </Group>
        </Group>

        {candidate.description ? <Text size="sm">{candidate.description}</Text> : null}

        <Group gap="md" wrap="wrap">
          <Text size="sm">
            {t('transS3.candidates.strength')}: <strong>{format.num(candidate.strength)}</strong>
          </Text>
          <Text size="sm">{t('transS3.candidates.regionCount', { count: candidate.regions.length })}</Text>
        </Group>
        <RegionChips regions={candidate.regions} label={t('transS3.candidates.regions')} />
        {candidate.nace.length > 0 ? (
          <Group gap={6} align="center">
            <Text size="xs" c="dimmed">
              {t('transS3.codes.nace')}:
            </Text>
            <CodeChips codes={candidate.nace} color="blue" label={t('transS3.codes.nace')} />
          </Group>
        ) : null}

        <Box>
          <Text size="sm" fw={600}>
            {t('transS3.candidates.priorities', { count: candidate.priorities.length })}
          </Text>
          <List size="sm" spacing={2} data-testid="candidate-priorities">
            {candidate.priorities.map((priority) => (
              <List.Item key={priority.id}>
                <Text component="span" size="sm" fw={600}>
                  {priority.region} · {priority.code}
                </Text>{' '}
                {priority.title}
              </List.Item>
            ))}
          </List>
        </Box>

        {candidate.why.codes.length > 0 || candidate.why.terms.length > 0 ? (
          <Box component="details" data-testid="candidate-why">
            <Text component="summary" size="sm" fw={600} style={{ cursor: 'pointer' }}>
              {t('transS3.candidates.why')}
            </Text>
            <Stack gap="xs" mt="xs">
              {candidate.why.codes.length > 0 ? (
                <Table.ScrollContainer minWidth={420}>
                  <Table withRowBorders verticalSpacing={4} fz="sm">
                    <Table.Caption>{t('transS3.candidates.sharedCodes')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('transS3.candidates.scheme')}</Table.Th>
                        <Table.Th scope="col">{t('transS3.candidates.code')}</Table.Th>
                        <Table.Th scope="col">{t('transS3.candidates.sharedBy')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {candidate.why.codes.map((code) => (
                        <Table.Tr key={`${code.scheme}:${code.code}`}>
                          <Table.Td>{schemeLabel(code.scheme)}</Table.Td>
                          <Table.Td>
                            <strong>{code.code}</strong>
                            {code.name ? ` ${code.name}` : ''}
                          </Table.Td>
                          <Table.Td>
                            {code.regions.join(', ')}
                            <Text component="span" size="xs" c="dimmed">
                              {' '}
                              ({t('transS3.candidates.priorityCount', { count: code.priorities })})
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              ) : null}
              {candidate.why.terms.length > 0 ? (
                <Box>
                  <Text size="sm" fw={600}>
                    {t('transS3.candidates.sharedTerms')}
                  </Text>
                  <Group gap={6} role="list" aria-label={t('transS3.candidates.sharedTerms')}>
                    {candidate.why.terms.map((term) => (
                      <Badge
                        key={term.term}
                        role="listitem"
                        variant="outline"
                        color="gray"
                        styles={{ label: { textTransform: 'none', overflow: 'visible' } }}
                      >
                        {term.term} · {term.regions.join(', ')}
                      </Badge>
                    ))}
                  </Group>
                </Box>
              ) : null}
            </Stack>
          </Box>
        ) : null}

        <Group gap="xs" wrap="wrap">
          <Anchor
            component={Link}
            to={`/trans-s3/groups/${groupId}/candidates/${candidate.id}`}
            size="sm"
            data-testid="candidate-profile-link"
            aria-label={t('transS3.candidates.profileOf', { label: candidate.label })}
          >
            {t('transS3.candidates.profile')}
          </Anchor>
          {canEdit ? (
            isDropped ? (
              <Button
                size="compact-sm"
                variant="light"
                onClick={onRestore}
                loading={busy}
                data-testid="candidate-restore"
              >
                {t('transS3.candidates.restore')}
              </Button>
            ) : (
              <>
                <Button size="compact-sm" variant="subtle" onClick={onEdit} data-testid="candidate-edit">
                  {t('common.edit')}
                </Button>
                {candidate.priorities.length > 1 ? (
                  <Button size="compact-sm" variant="subtle" onClick={onSplit} data-testid="candidate-split">
                    {t('transS3.candidates.split')}
                  </Button>
                ) : null}
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={onDrop}
                  loading={busy}
                  data-testid="candidate-drop"
                >
                  {t('transS3.candidates.drop')}
                </Button>
              </>
            )
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
