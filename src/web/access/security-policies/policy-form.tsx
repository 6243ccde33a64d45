import { Button, Group, NumberInput, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type SecurityPolicy, securityPolicySchema } from '../../../core/access/password-policy';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { POLICIES, policiesApi, type RolePolicy } from './queries';

const NUMBERS = [
  'minLength',
  'requiredClasses',
  'maxAgeDays',
  'historyCount',
  'lockoutThreshold',
  'lockoutMinutes',
] as const;

/** One role's password, lockout and two-factor rules. */
export function PolicyForm({ item, onDone }: { item: RolePolicy; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Record<string, number | string | boolean>>({ ...item.policy });
  const mutation = useMutation({
    mutationFn: (policy: SecurityPolicy) => policiesApi.put(item.role, policy),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: POLICIES });
      onDone();
    },
    onError: form.fail,
  });
  const onSubmit = form.submit(() => {
    const body = form.validate(securityPolicySchema);
    if (body) mutation.mutate(body);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {NUMBERS.map((key, index) => (
            <NumberInput
              key={key}
              label={t(`policies.fields.${key}`)}
              allowDecimal={false}
              min={0}
              value={form.values[key] as number | string}
              onChange={(value) => form.set(key, value)}
              error={form.error(key)}
              data-autofocus={index === 0 ? true : undefined}
            />
          ))}
        </SimpleGrid>
        <Switch
          label={t('policies.fields.twoFactorRequired')}
          checked={form.values.twoFactorRequired === true}
          onChange={(e) => form.set('twoFactorRequired', e.currentTarget.checked)}
        />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
