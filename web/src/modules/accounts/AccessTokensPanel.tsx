import { Alert, Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TAccessTokenResponse,
  TCreatedTokenResponse,
} from '../../../../src/modules/accounts/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { CopyableValue } from '../../shared/CopyableValue.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { QueryState } from '../../shared/QueryState.tsx';
import { useAccessTokens, useCreateAccessToken, useRevokeAccessToken } from './useAccessTokens.ts';

/** Personal access tokens for scripts and the CLI: list, create (secret shown once), revoke. */
export function AccessTokensPanel() {
  const { t } = useTranslation();
  const tokens = useAccessTokens();
  const [created, setCreated] = useState<TCreatedTokenResponse | null>(null);
  const [revoking, setRevoking] = useState<TAccessTokenResponse | null>(null);

  return (
    <section aria-labelledby="tokens-heading">
      <Title order={2} size="h3" id="tokens-heading" mb="xs">
        {t('tokens.title')}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t('tokens.description')}
      </Text>
      <Stack gap="lg">
        {created ? (
          <Alert
            color="yellow"
            variant="light"
            title={t('tokens.createdTitle', { name: created.name })}
            data-testid="new-token"
            // Mantine's yellow title is 2.7:1 on the yellow background; body text colour is AA.
            styles={{ title: { color: 'var(--mantine-color-text)' } }}
          >
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('tokens.createdWarning')}
              </Text>
              <CopyableValue value={created.token} testId="new-token-value" />
              <Group>
                <Button size="xs" variant="default" onClick={() => setCreated(null)}>
                  {t('tokens.dismiss')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        <CreateTokenForm onCreated={setCreated} />
        <QueryState query={tokens}>
          {(list) =>
            list.length === 0 ? (
              <Text c="dimmed">{t('tokens.empty')}</Text>
            ) : (
              <TokenTable tokens={list} onRevoke={setRevoking} />
            )
          }
        </QueryState>
      </Stack>
      <RevokeTokenModal token={revoking} onClose={() => setRevoking(null)} />
    </section>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (token: TCreatedTokenResponse) => void }) {
  const { t } = useTranslation();
  const createToken = useCreateAccessToken();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (value) => (value.trim() ? null : t('validation.required')) },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      onCreated(await createToken.mutateAsync(values.name));
      form.reset();
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('tokens.name')}
            description={t('tokens.nameHint')}
            required
            w={320}
            {...form.getInputProps('name')}
          />
          <Button type="submit" loading={createToken.isPending} mt={46}>
            {t('tokens.create')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
      </Stack>
    </form>
  );
}

function TokenTable({
  tokens,
  onRevoke,
}: {
  tokens: TAccessTokenResponse[];
  onRevoke: (token: TAccessTokenResponse) => void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped data-testid="tokens-table" aria-labelledby="tokens-heading">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tokens.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('tokens.columns.prefix')}</Table.Th>
            <Table.Th scope="col">{t('tokens.columns.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('tokens.columns.lastUsedAt')}</Table.Th>
            <Table.Th scope="col">{t('tokens.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>{token.name}</Table.Td>
              <Table.Td>
                <code>{token.prefix}…</code>
              </Table.Td>
              <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
              <Table.Td>
                {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.neverUsed')}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  color="red.9"
                  variant="outline"
                  onClick={() => onRevoke(token)}
                  aria-label={t('tokens.revokeToken', { name: token.name })}
                >
                  {t('tokens.revoke')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RevokeTokenModal({ token, onClose }: { token: TAccessTokenResponse | null; onClose: () => void }) {
  const { t } = useTranslation();
  const revokeToken = useRevokeAccessToken();
  return (
    <Modal opened={token !== null} onClose={onClose} title={t('tokens.revokeTitle')}>
      <Stack>
        <Text>{t('tokens.revokeConfirm', { name: token?.name ?? '' })}</Text>
        <ErrorAlert error={revokeToken.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={revokeToken.isPending}
            onClick={() => {
              if (token) revokeToken.mutate(token.id, { onSuccess: onClose });
            }}
          >
            {t('tokens.revoke')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
