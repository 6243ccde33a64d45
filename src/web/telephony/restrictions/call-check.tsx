import { Alert, Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CallCheckDto, callCheckInputSchema } from '../../../core/telephony/call-classes';
import { formatNational } from '../../../core/telephony/numbers';
import { useUsers } from '../../directory/users/queries';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { callRestrictionsApi, useCallRestrictionsMutation } from './queries';

/** A Dutch number in the national notation, a foreign one as dialled internationally. */
const shownNumber = (number: string): string => (number.startsWith('+31') ? formatNational(number) : number);

/** "Would this call be allowed": the class of a dialled number and the decision, for the default or a user. */
export function CallCheck({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const users = useUsers(enterpriseId, search.trim() === '' ? {} : { q: search.trim() }, { pageSize: 50 });
  const form = useForm({ dialled: '', userId: null as string | null });
  const [result, setResult] = useState<CallCheckDto | null>(null);
  const mutation = useCallRestrictionsMutation(
    (body: { userId?: string; dialled: string }) => callRestrictionsApi.check(enterpriseId, body),
    setResult,
    (error) => {
      setResult(null);
      form.fail(error);
    },
  );
  const onSubmit = form.submit(() => {
    const body = form.validate(callCheckInputSchema, {
      dialled: form.values.dialled,
      ...(form.values.userId ? { userId: form.values.userId } : {}),
    });
    if (body) mutation.mutate(body);
  });
  const options = users.rows.map((u) => ({
    value: u.id,
    label: u.email ? `${u.name} (${u.email})` : u.name,
  }));
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="call-check-title">
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('callRestrictions.check.dialledLabel')}
            placeholder={t('callRestrictions.check.dialledPlaceholder')}
            required
            w={240}
            {...form.text('dialled')}
            name="dialled"
          />
          <Select
            label={t('callRestrictions.check.userLabel')}
            placeholder={t('callRestrictions.check.userPlaceholder')}
            data={options}
            searchable
            clearable
            w={320}
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: all }) => all}
            value={form.values.userId}
            onChange={(value) => form.set('userId', value)}
            error={form.error('userId')}
            name="userId"
          />
          <Button type="submit" loading={mutation.isPending}>
            {t('callRestrictions.check.submit')}
          </Button>
        </Group>
        <FormAlert message={form.general} />
        {result && (
          <Alert
            color={result.allowed ? 'green' : 'red'}
            variant="light"
            aria-live="polite"
            data-testid="call-check-result"
            title={
              <Group gap="xs">
                <Badge color={result.allowed ? 'green' : 'red'}>
                  {result.allowed ? t('callRestrictions.check.allowed') : t('callRestrictions.check.barred')}
                </Badge>
                <span>{t(`callRestrictions.classes.${result.class}`)}</span>
              </Group>
            }
          >
            <Stack gap={4}>
              {result.number && (
                <Text size="sm">
                  {t('callRestrictions.check.numberLabel')}:{' '}
                  <Text span ff="monospace">
                    {shownNumber(result.number)}
                  </Text>
                </Text>
              )}
              <Text size="sm">
                {t(`callRestrictions.reasons.${result.reason}`, {
                  restriction: result.barredBy.map((key) => t(`callRestrictions.keys.${key}`)).join(', '),
                })}
              </Text>
              <Text size="sm" c="dimmed">
                {result.decidedBy === 'user'
                  ? t('callRestrictions.check.decidedByUser')
                  : t('callRestrictions.check.decidedByEnterprise')}
              </Text>
              {form.values.userId && (
                <Text size="sm">
                  <Link to={`/enterprises/${enterpriseId}/users/${form.values.userId}/call-restrictions`}>
                    {t('callRestrictions.check.userLink')}
                  </Link>
                </Text>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </form>
  );
}
