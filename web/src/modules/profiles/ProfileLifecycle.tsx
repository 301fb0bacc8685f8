import { Box, Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProfileStatus } from './codes.ts';

const STEPS = ['draft', 'submitted', 'validated', 'published', 'closed'] as const;
type Step = (typeof STEPS)[number];

function stepOf(status: ProfileStatus): Step {
  return status === 'expired' || status === 'withdrawn' ? 'closed' : status;
}

/**
 * Where a profile stands: draft → submitted → validated → published → expired or withdrawn.
 * An ordered list (not a clickable stepper): each step says in text whether it is done or current.
 */
export function ProfileLifecycle({ status }: { status: ProfileStatus }) {
  const { t } = useTranslation();
  const current = STEPS.indexOf(stepOf(status));
  const label = (step: Step) => {
    if (step !== 'closed') return t(`profiles.statuses.${step}`);
    if (status === 'expired' || status === 'withdrawn') return t(`profiles.statuses.${status}`);
    return t('profiles.lifecycle.closed');
  };

  return (
    <Box
      component="ol"
      aria-label={t('profiles.lifecycle.label')}
      data-testid="profile-lifecycle"
      m={0}
      p={0}
      style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-md)' }}
    >
      {STEPS.map((step, index) => {
        const isDone = index < current;
        const isCurrent = index === current;
        return (
          <Box component="li" key={step} aria-current={isCurrent ? 'step' : undefined}>
            <Group gap={6} wrap="nowrap">
              <ThemeIcon
                size="sm"
                radius="xl"
                variant={isCurrent ? 'filled' : isDone ? 'light' : 'outline'}
                color={isCurrent || isDone ? undefined : 'gray'}
                aria-hidden
              >
                <Text size="xs" fw={700} lh={1}>
                  {isDone ? '✓' : index + 1}
                </Text>
              </ThemeIcon>
              <Text size="sm" fw={isCurrent ? 700 : 400} c={isCurrent || isDone ? undefined : 'dimmed'}>
                {label(step)}
              </Text>
              <VisuallyHidden>
                {isCurrent
                  ? t('profiles.lifecycle.current')
                  : isDone
                    ? t('profiles.lifecycle.done')
                    : t('profiles.lifecycle.upcoming')}
              </VisuallyHidden>
              {index < STEPS.length - 1 ? (
                <Text size="sm" c="dimmed" aria-hidden>
                  →
                </Text>
              ) : null}
            </Group>
          </Box>
        );
      })}
    </Box>
  );
}
