import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TProfileResponse } from '../../../../src/modules/brokerage/contract.ts';
import { useCurrentUser } from '../../modules/accounts/useCurrentUser.ts';
import { MatchesPanel } from '../../modules/matching/MatchesPanel.tsx';
import { MANUAL_PROFILE_ACTIONS, type ManualProfileAction } from '../../modules/profiles/codes.ts';
import { ExpressInterestModal } from '../../modules/profiles/ExpressInterestModal.tsx';
import { InterestItem } from '../../modules/profiles/InterestItem.tsx';
import { ProfileBody } from '../../modules/profiles/ProfileBody.tsx';
import { ProfileLifecycle } from '../../modules/profiles/ProfileLifecycle.tsx';
import { ProfileStatusBadge } from '../../modules/profiles/ProfileStatusBadge.tsx';
import { ProfileTypeBadge } from '../../modules/profiles/ProfileTypeBadge.tsx';
import { useProfile, useProfileInterests, useProfileTransition } from '../../modules/profiles/useProfiles.ts';
import { useCountryName } from '../../modules/reference/useCountries.ts';
import { useNaceLabels } from '../../modules/reference/useNace.ts';
import { isApiError } from '../../shared/api.ts';
import type { Detail } from '../../shared/DetailList.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

const COMMENT_MAX = 3000;

export function ProfilePage() {
  const { id = '' } = useParams();
  const profile = useProfile(id);
  // A malformed id is a 400 from the API; to the user both mean "no such profile".
  if (isApiError(profile.error) && [400, 404].includes(profile.error.status)) return <NotFoundPage />;
  return <QueryState query={profile}>{(data) => <ProfileDetails profile={data} />}</QueryState>;
}

function ProfileDetails({ profile }: { profile: TProfileResponse }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const countryName = useCountryName();
  const naceLabel = useNaceLabels(profile.naceCodes);
  const formatDateTime = useFormatDateTime();
  const transition = useProfileTransition(profile.id);
  const [isReturning, returnModal] = useDisclosure(false);
  const [isWithdrawing, withdrawModal] = useDisclosure(false);
  const [isExpressing, expressModal] = useDisclosure(false);
  const [returnComment, setReturnComment] = useState('');
  const [isReturnTouched, setReturnTouched] = useState(false);

  const actions = MANUAL_PROFILE_ACTIONS.filter((action) => profile.allowedActions.includes(action));
  const run = (action: ManualProfileAction, comment?: string) =>
    transition.mutate(
      { action, comment },
      {
        onSuccess: () => {
          returnModal.close();
          withdrawModal.close();
          setReturnComment('');
          setReturnTouched(false);
          notifications.show({ color: 'green', message: t(`profiles.actionDone.${action}`) });
        },
      },
    );
  const returnError = !returnComment.trim()
    ? t('validation.required')
    : returnComment.trim().length > COMMENT_MAX
      ? t('profiles.validation.maxLength', { count: COMMENT_MAX })
      : null;

  // The owner side (members of the organisation, its brokers, admins) sees every interest the profile
  // received; anyone else sees only the ones their side sent. A 403 just hides the section.
  const isOwnerSide =
    profile.canEdit ||
    user.role === 'broker' ||
    user.role === 'admin' ||
    user.memberships.some((membership) => membership.organisationId === profile.organisation.id);
  const interests = useProfileInterests(profile.id, true);
  const isInterestListHidden =
    (isApiError(interests.error) && [403, 404].includes(interests.error.status)) ||
    (!isOwnerSide && (interests.data?.items.length ?? 0) === 0);

  const leadingDetails: Detail[] = [
    {
      key: 'organisation',
      label: t('profiles.fields.organisation'),
      value: (
        <Anchor component={Link} to={`/organisations/${profile.organisation.id}`} size="sm">
          {profile.organisation.name}
        </Anchor>
      ),
    },
    ...(profile.caseId
      ? [
          {
            key: 'case',
            label: t('profiles.fields.case'),
            value: (
              <Anchor component={Link} to={`/cases/${profile.caseId}`} size="sm">
                {t('profiles.editor.openCase')}
              </Anchor>
            ),
          },
        ]
      : []),
    { key: 'createdAt', label: t('profiles.fields.createdAt'), value: formatDateTime(profile.createdAt) },
    { key: 'updatedAt', label: t('profiles.fields.updatedAt'), value: formatDateTime(profile.updatedAt) },
    ...(profile.submittedAt
      ? [
          {
            key: 'submittedAt',
            label: t('profiles.fields.submittedAt'),
            value: formatDateTime(profile.submittedAt),
          },
        ]
      : []),
    ...(profile.validatedAt
      ? [
          {
            key: 'validatedAt',
            label: t('profiles.fields.validatedAt'),
            value: profile.validatedBy
              ? t('profiles.validatedBy', {
                  date: formatDateTime(profile.validatedAt),
                  name: profile.validatedBy.name,
                })
              : formatDateTime(profile.validatedAt),
          },
        ]
      : []),
    ...(profile.closedAt
      ? [{ key: 'closedAt', label: t('profiles.fields.closedAt'), value: formatDateTime(profile.closedAt) }]
      : []),
  ];

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <ProfileTypeBadge type={profile.type} />
          <Text size="sm" c="dimmed" ff="monospace" data-testid="profile-reference">
            {profile.reference ?? t('profiles.noReference')}
          </Text>
          <ProfileStatusBadge status={profile.status} testId="profile-status" />
          {profile.isDemo ? (
            <Badge variant="light" color="gray">
              {t('profiles.demo')}
            </Badge>
          ) : null}
        </Group>
        <PageHeader
          title={profile.title}
          description={
            <Anchor component={Link} to="/profiles" size="sm">
              {t('profiles.backToList')}
            </Anchor>
          }
          actions={
            <>
              {profile.canEdit ? (
                <Button
                  component={Link}
                  to={`/profiles/${profile.id}/edit`}
                  variant="default"
                  data-testid="profile-edit"
                >
                  {t('common.edit')}
                </Button>
              ) : null}
              {profile.canExpressInterest ? (
                <Button onClick={expressModal.open} data-testid="express-interest-button">
                  {t('profiles.interests.express')}
                </Button>
              ) : null}
            </>
          }
        />
      </Stack>

      {profile.status === 'draft' && profile.comments.some((comment) => comment.kind === 'return') ? (
        <Alert color="orange" variant="light" data-testid="profile-returned-note">
          {t('profiles.returnedNote')}
        </Alert>
      ) : null}

      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="lifecycle-heading">
        <Stack gap="md">
          <Title order={2} size="h4" id="lifecycle-heading">
            {t('profiles.lifecycle.title')}
          </Title>
          <ProfileLifecycle status={profile.status} />
          <Text size="sm" c="dimmed">
            {t(`profiles.statusHints.${profile.status}`)}
          </Text>
          {actions.length > 0 ? (
            <Group gap="sm" data-testid="profile-actions">
              {actions.map((action) => {
                const testId = `profile-action-${action}`;
                if (action === 'return')
                  return (
                    <Button
                      key={action}
                      variant="outline"
                      color="orange.9"
                      onClick={() => {
                        transition.reset();
                        returnModal.open();
                      }}
                      data-testid={testId}
                    >
                      {t('profiles.actions.return')}
                    </Button>
                  );
                if (action === 'withdraw')
                  return (
                    <Button
                      key={action}
                      variant="outline"
                      color="red.9"
                      onClick={() => {
                        transition.reset();
                        withdrawModal.open();
                      }}
                      data-testid={testId}
                    >
                      {t('profiles.actions.withdraw')}
                    </Button>
                  );
                return (
                  <Button
                    key={action}
                    onClick={() => run(action)}
                    loading={transition.isPending && transition.variables.action === action}
                    data-testid={testId}
                  >
                    {t(`profiles.actions.${action}`)}
                  </Button>
                );
              })}
            </Group>
          ) : null}
          {!isReturning && !isWithdrawing ? (
            <ErrorAlert error={transition.error} testId="profile-action-error" />
          ) : null}
        </Stack>
      </Card>

      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="details-heading">
        <Title order={2} size="h4" id="details-heading" mb="sm">
          {t('profiles.detailsTitle')}
        </Title>
        <ProfileBody
          profile={{
            ...profile,
            countryCode: profile.organisation.countryCode,
            helixType: profile.organisation.helixType,
            sizeClass: profile.organisation.sizeClass,
          }}
          countryName={countryName}
          naceLabel={naceLabel}
          leadingDetails={leadingDetails}
          showEmpty
          headingOrder={3}
        />
      </Card>

      <Card
        withBorder
        padding="lg"
        radius="md"
        component="section"
        aria-labelledby="matches-heading"
        data-testid="profile-matches"
      >
        <Title order={2} size="h4" id="matches-heading" mb="sm">
          {t('matching.title')}
        </Title>
        <MatchesPanel
          target={{ kind: 'profile', id: profile.id }}
          client={{ organisationId: profile.organisation.id, profileId: profile.id }}
          intro={t('matching.profileIntro')}
        />
      </Card>

      {profile.comments.length > 0 ? (
        <section aria-labelledby="comments-heading" data-testid="profile-comments">
          <Title order={2} size="h3" id="comments-heading" mb="sm">
            {t('profiles.comments.title')}
          </Title>
          <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {profile.comments.map((comment) => (
              <Card key={comment.id} withBorder padding="sm" radius="md" component="li">
                <Group gap="xs" mb={4} wrap="wrap">
                  <Badge variant="light" color={comment.kind === 'return' ? 'orange' : 'gray'}>
                    {t(`profiles.comments.kinds.${comment.kind}`)}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    {comment.author ? `${comment.author.name} · ` : ''}
                    {formatDateTime(comment.createdAt)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {comment.text}
                </Text>
              </Card>
            ))}
          </Stack>
        </section>
      ) : null}

      {!isInterestListHidden ? (
        <section aria-labelledby="interests-heading" data-testid="profile-interests">
          <Title order={2} size="h3" id="interests-heading" mb="sm">
            {isOwnerSide
              ? t('profiles.interests.receivedTitle', {
                  total: interests.data?.total ?? profile.interestCount,
                })
              : t('profiles.interests.yoursTitle')}
          </Title>
          <QueryState query={interests}>
            {(page) =>
              page.items.length === 0 ? (
                <Text c="dimmed">{t('profiles.interests.noneReceived')}</Text>
              ) : (
                <Stack gap="sm">
                  {page.items.map((interest) => (
                    <InterestItem
                      key={interest.id}
                      interest={interest}
                      headingOrder={3}
                      countryName={countryName}
                    />
                  ))}
                </Stack>
              )
            }
          </QueryState>
        </section>
      ) : null}

      <Modal opened={isReturning} onClose={returnModal.close} title={t('profiles.returnModal.title')}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setReturnTouched(true);
            if (!returnError) run('return', returnComment.trim());
          }}
        >
          <Stack>
            <Text size="sm">{t('profiles.returnModal.text')}</Text>
            <Textarea
              label={t('profiles.returnModal.comment')}
              required
              autosize
              minRows={4}
              value={returnComment}
              onChange={(event) => {
                setReturnComment(event.currentTarget.value);
                setReturnTouched(true);
              }}
              error={isReturnTouched ? returnError : null}
              data-testid="return-comment"
            />
            <ErrorAlert error={transition.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={returnModal.close}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                color="orange.9"
                loading={transition.isPending}
                data-testid="return-confirm"
              >
                {t('profiles.actions.return')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={isWithdrawing} onClose={withdrawModal.close} title={t('profiles.withdrawModal.title')}>
        <Stack>
          <Text>{t('profiles.withdrawModal.text', { title: profile.title })}</Text>
          <ErrorAlert error={transition.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={withdrawModal.close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={transition.isPending}
              onClick={() => run('withdraw')}
              data-testid="withdraw-confirm"
            >
              {t('profiles.actions.withdraw')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      {profile.canExpressInterest ? (
        <ExpressInterestModal profile={profile} opened={isExpressing} onClose={expressModal.close} />
      ) : null}
    </Stack>
  );
}
