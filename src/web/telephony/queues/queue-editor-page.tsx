import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SiteDto } from '../../../core/directory/schemas';
import { DISTRIBUTIONS, RING_PATTERNS } from '../../../core/telephony/distribution';
import { formatNational } from '../../../core/telephony/numbers';
import {
  QUEUE_ACTIONS,
  QUEUE_ROLES,
  type QueueAction,
  type QueueAgentDto,
  type QueueDto,
  type QueueRole,
  queuePatchSchema,
} from '../../../core/telephony/queues';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { useUsers } from '../../directory/users/queries';
import { enterprisePath } from '../../shell/navigation';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { errorText } from '../../ui/error-text';
import { FormAlert } from '../../ui/form-alert';
import { PageHeader } from '../../ui/page-header';
import { useForm } from '../../ui/use-form';
import { useTargets } from '../attendants/queries';
import { QUEUES, queuesApi, useQueue, useQueueAgents } from './queries';
import { QueueServiceNow } from './queue-service-now';

/** The out-of-hours actions: keep-waiting makes no sense when nobody answers. */
const OUT_OF_HOURS = QUEUE_ACTIONS.filter((a) => a !== 'keep_waiting');
/** The holiday action's choice meaning "as out of hours" (null in the API). */
const AS_CLOSED = 'as_closed';

const numberOrNull = (value: string | number): number | null =>
  value === '' || Number.isNaN(Number(value)) ? null : Number(value);

/** Every setting of a queue, checked by the shared schema before sending and by the server's rules after. */
function SettingsForm({ queue, sites, canWrite }: { queue: QueueDto; sites: SiteDto[]; canWrite: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    name: queue.name,
    siteId: queue.siteId,
    extension: queue.extension ?? '',
    number: queue.number ? formatNational(queue.number) : '',
    distribution: queue.distribution as string,
    ringPattern: queue.ringPattern as string,
    maxQueueLength: queue.maxQueueLength as number | string,
    maxWaitSeconds: queue.maxWaitSeconds as number | string,
    comfortMessage: queue.comfortMessage ?? '',
    comfortIntervalSeconds: queue.comfortIntervalSeconds as number | string,
    positionAnnouncements: queue.positionAnnouncements,
    overflowAction: queue.overflowAction as QueueAction,
    overflowAfterSeconds: (queue.overflowAfterSeconds ?? '') as number | string,
    overflowDestination: queue.overflowDestination ?? '',
    bounced: queue.bouncedAfterRings !== null,
    bouncedAfterRings: (queue.bouncedAfterRings ?? 3) as number | string,
    strandedAction: queue.strandedAction as QueueAction,
    strandedDestination: queue.strandedDestination ?? '',
    wrapUpSeconds: queue.wrapUpSeconds as number | string,
    scheduleId: queue.scheduleId,
    closedAction: queue.closedAction as QueueAction,
    closedDestination: queue.closedDestination ?? '',
    holidayAction: (queue.holidayAction ?? AS_CLOSED) as QueueAction | typeof AS_CLOSED,
    holidayDestination: queue.holidayDestination ?? '',
    closedMessage: queue.closedMessage,
  });
  const v = form.values;
  const schedules = useTargets(queue.enterpriseId, 'schedule');
  const scheduleOptions = [
    { value: '', label: t('queueEditor.scheduleNone') },
    ...(schedules.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];
  // A schedule an enterprise admin chose outside a site admin's sites stays choosable.
  if (queue.scheduleId && !scheduleOptions.some((o) => o.value === queue.scheduleId))
    scheduleOptions.push({ value: queue.scheduleId, label: queue.scheduleName ?? queue.scheduleId });
  const mutation = useMutation({
    mutationFn: (body: ReturnType<typeof queuePatchSchema.parse>) => queuesApi.update(queue.id, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: QUEUES });
      notifications.show({ color: 'green', message: t('queueEditor.saved') });
    },
    onError: form.fail,
  });
  const onSubmit = form.submit(() => {
    const body = form.validate(queuePatchSchema, {
      name: v.name,
      siteId: v.siteId,
      extension: v.extension.trim() === '' ? null : v.extension,
      number: v.number.trim() === '' ? null : v.number,
      distribution: v.distribution,
      ringPattern: v.ringPattern,
      maxQueueLength: numberOrNull(v.maxQueueLength),
      maxWaitSeconds: numberOrNull(v.maxWaitSeconds),
      comfortMessage: v.comfortMessage.trim() === '' ? null : v.comfortMessage,
      comfortIntervalSeconds: numberOrNull(v.comfortIntervalSeconds),
      positionAnnouncements: v.positionAnnouncements,
      overflowAction: v.overflowAction,
      overflowAfterSeconds: v.overflowAction === 'keep_waiting' ? null : numberOrNull(v.overflowAfterSeconds),
      overflowDestination: v.overflowAction === 'transfer' ? v.overflowDestination : null,
      bouncedAfterRings: v.bounced ? numberOrNull(v.bouncedAfterRings) : null,
      strandedAction: v.strandedAction,
      strandedDestination: v.strandedAction === 'transfer' ? v.strandedDestination : null,
      wrapUpSeconds: numberOrNull(v.wrapUpSeconds),
      scheduleId: v.scheduleId,
      closedAction: v.closedAction,
      closedDestination: v.closedAction === 'transfer' ? v.closedDestination : null,
      holidayAction: v.holidayAction === AS_CLOSED ? null : v.holidayAction,
      holidayDestination: v.holidayAction === 'transfer' ? v.holidayDestination : null,
      closedMessage: v.closedMessage,
    });
    if (body) mutation.mutate(body);
  });
  const number = (
    key: keyof typeof v & string,
    label: string,
    extra: { min?: number; max?: number } = {},
  ) => (
    <NumberInput
      label={label}
      allowDecimal={false}
      min={extra.min}
      max={extra.max}
      value={v[key] as number | string}
      onChange={(value) => form.set(key, value as never)}
      error={form.error(key)}
      disabled={!canWrite}
    />
  );
  const actions = QUEUE_ACTIONS.map((value) => ({ value, label: t(`queueActions.${value}`) }));
  const outOfHours = OUT_OF_HOURS.map((value) => ({ value, label: t(`queueActions.${value}`) }));

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('queueEditor.settings')}>
      <fieldset disabled={!canWrite} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('queues.name')} required {...form.text('name')} />
            <Select
              label={t('queues.site')}
              required
              allowDeselect={false}
              data={sites.map((s) => ({ value: s.id, label: s.name }))}
              value={v.siteId}
              onChange={(value) => value && form.set('siteId', value)}
              error={form.error('siteId')}
            />
          </SimpleGrid>
          <Text fw={600} component="h3">
            {t('queueEditor.numbering')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('queues.extension')}
              description={t('queueEditor.extensionHint')}
              inputMode="numeric"
              {...form.text('extension')}
            />
            <TextInput
              label={t('queues.number')}
              description={t('queueEditor.numberHint')}
              inputMode="tel"
              {...form.text('number')}
            />
          </SimpleGrid>
          <Text fw={600} component="h3">
            {t('queueEditor.ringing')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('queues.distribution')}
              allowDeselect={false}
              data={DISTRIBUTIONS.map((value) => ({ value, label: t(`queueDistributions.${value}`) }))}
              value={v.distribution}
              onChange={(value) => value && form.set('distribution', value)}
              error={form.error('distribution')}
            />
            <Select
              label={t('queueEditor.ringPattern')}
              allowDeselect={false}
              data={RING_PATTERNS.map((value) => ({ value, label: t(`queueRingPatterns.${value}`) }))}
              value={v.ringPattern}
              onChange={(value) => value && form.set('ringPattern', value)}
              error={form.error('ringPattern')}
            />
          </SimpleGrid>
          <Text fw={600} component="h3">
            {t('queueEditor.waiting')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {number('maxQueueLength', t('queueEditor.maxQueueLength'), { min: 1, max: 500 })}
            {number('maxWaitSeconds', t('queueEditor.maxWaitSeconds'), { min: 10, max: 7200 })}
            {number('wrapUpSeconds', t('queueEditor.wrapUpSeconds'), { min: 0, max: 600 })}
          </SimpleGrid>
          <Textarea
            label={t('queueEditor.comfortMessage')}
            description={t('queueEditor.comfortMessageHint')}
            autosize
            minRows={2}
            {...form.text('comfortMessage')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {number('comfortIntervalSeconds', t('queueEditor.comfortIntervalSeconds'), { min: 10, max: 600 })}
            <Checkbox
              mt="xl"
              label={t('queueEditor.positionAnnouncements')}
              checked={v.positionAnnouncements}
              onChange={(e) => form.set('positionAnnouncements', e.currentTarget.checked)}
              error={form.error('positionAnnouncements')}
            />
          </SimpleGrid>
          <Text fw={600} component="h3">
            {t('queueEditor.overflow')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('queueEditor.overflowHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('queueEditor.overflowAction')}
              allowDeselect={false}
              data={actions}
              value={v.overflowAction}
              onChange={(value) => value && form.set('overflowAction', value as QueueAction)}
              error={form.error('overflowAction')}
            />
            {v.overflowAction !== 'keep_waiting' &&
              number('overflowAfterSeconds', t('queueEditor.overflowAfterSeconds'), { min: 5, max: 7200 })}
            {v.overflowAction === 'transfer' && (
              <TextInput
                label={t('queueEditor.destination')}
                description={t('queueEditor.destinationHint')}
                required
                {...form.text('overflowDestination')}
              />
            )}
          </SimpleGrid>
          <Text fw={600} component="h3">
            {t('queueEditor.bounced')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Checkbox
              label={t('queueEditor.bouncedOn')}
              checked={v.bounced}
              onChange={(e) => form.set('bounced', e.currentTarget.checked)}
            />
            {v.bounced &&
              number('bouncedAfterRings', t('queueEditor.bouncedAfterRings'), { min: 1, max: 20 })}
          </SimpleGrid>
          <Text fw={600} component="h3">
            {t('queueEditor.stranded')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('queueEditor.strandedAction')}
              allowDeselect={false}
              data={actions}
              value={v.strandedAction}
              onChange={(value) => value && form.set('strandedAction', value as QueueAction)}
              error={form.error('strandedAction')}
            />
            {v.strandedAction === 'transfer' && (
              <TextInput
                label={t('queueEditor.destination')}
                description={t('queueEditor.destinationHint')}
                required
                {...form.text('strandedDestination')}
              />
            )}
          </SimpleGrid>
          <section aria-labelledby="queue-hours" data-testid="queue-hours">
            <Stack gap="sm">
              <Group justify="space-between">
                <Text id="queue-hours" fw={600} component="h3">
                  {t('queueEditor.hours')}
                </Text>
                <QueueServiceNow queue={queue} withNext />
              </Group>
              <Text size="sm" c="dimmed">
                {t('queueEditor.hoursHint')}
              </Text>
              <Select
                label={t('queueEditor.schedule')}
                description={t('queueEditor.scheduleHint')}
                allowDeselect={false}
                data={scheduleOptions}
                value={v.scheduleId ?? ''}
                onChange={(value) => form.set('scheduleId', value ? value : null)}
                error={form.error('scheduleId')}
              />
              {v.scheduleId !== null && (
                <>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <Select
                      label={t('queueEditor.closedAction')}
                      allowDeselect={false}
                      data={outOfHours}
                      value={v.closedAction}
                      onChange={(value) => value && form.set('closedAction', value as QueueAction)}
                      error={form.error('closedAction')}
                    />
                    {v.closedAction === 'transfer' && (
                      <TextInput
                        label={t('queueEditor.destination')}
                        description={t('queueEditor.destinationHint')}
                        required
                        {...form.text('closedDestination')}
                      />
                    )}
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <Select
                      label={t('queueEditor.holidayAction')}
                      allowDeselect={false}
                      data={[{ value: AS_CLOSED, label: t('queueEditor.holidayAsClosed') }, ...outOfHours]}
                      value={v.holidayAction}
                      onChange={(value) =>
                        value && form.set('holidayAction', value as QueueAction | typeof AS_CLOSED)
                      }
                      error={form.error('holidayAction')}
                    />
                    {v.holidayAction === 'transfer' && (
                      <TextInput
                        label={t('queueEditor.destination')}
                        description={t('queueEditor.destinationHint')}
                        required
                        {...form.text('holidayDestination')}
                      />
                    )}
                  </SimpleGrid>
                  <Checkbox
                    label={t('queueEditor.closedMessage')}
                    checked={v.closedMessage}
                    onChange={(e) => form.set('closedMessage', e.currentTarget.checked)}
                    error={form.error('closedMessage')}
                  />
                </>
              )}
            </Stack>
          </section>
          <FormAlert message={form.general} />
          {canWrite && (
            <Group justify="flex-end">
              <Button type="submit" loading={mutation.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}

/** The queue's agents and supervisors: added by user and role, their role and weight changed in place. */
function MembersSection({ queue, canWrite }: { queue: QueueDto; canWrite: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const members = useQueueAgents(queue.id);
  const users = useUsers(queue.enterpriseId, {}, { pageSize: 200, enabled: canWrite });
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<QueueRole>('agent');
  const [problem, setProblem] = useState<string | null>(null);
  const done = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: QUEUES });
    notifications.show({ color: 'green', message });
  };
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorText(t, e) });
  const add = useMutation({
    mutationFn: () => queuesApi.addAgent(queue.id, { userId: userId ?? '', role }),
    onSuccess: (added) => {
      setUserId(null);
      setProblem(null);
      done(t('queueEditor.added', { name: added.userName ?? '' }));
    },
    onError: (e) => setProblem(errorText(t, e)),
  });
  const change = useMutation({
    mutationFn: ({ id, body }: { id: string; body: { role?: QueueRole; weight?: number } }) =>
      queuesApi.updateAgent(id, body),
    onSuccess: () => done(t('queueEditor.memberSaved')),
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (m: QueueAgentDto) => queuesApi.removeAgent(m.id),
    onSuccess: (_r, m) => done(t('queueEditor.memberRemoved', { name: m.userName ?? '' })),
    onError: fail,
  });
  const rows = members.data?.items ?? [];
  const taken = new Set(rows.map((m) => m.userId));
  const roles = QUEUE_ROLES.map((value) => ({ value, label: t(`queueRoles.${value}`) }));
  const columns: Column<QueueAgentDto>[] = [
    {
      key: 'user',
      priority: 'essential',
      header: t('queueEditor.user'),
      cell: (m) => m.userName ?? '—',
      sortValue: (m) => m.userName,
    },
    {
      key: 'role',
      priority: 'essential',
      header: t('queueEditor.role'),
      cell: (m) =>
        canWrite ? (
          <Select
            aria-label={`${t('queueEditor.role')} ${m.userName ?? ''}`}
            allowDeselect={false}
            data={roles}
            value={m.role}
            onChange={(value) =>
              value && value !== m.role && change.mutate({ id: m.id, body: { role: value as QueueRole } })
            }
            w={170}
          />
        ) : (
          t(`queueRoles.${m.role}`)
        ),
      csv: (m) => t(`queueRoles.${m.role}`),
      sortValue: (m) => m.role,
    },
    {
      key: 'weight',
      priority: 'medium',
      header: t('queueEditor.weight'),
      cell: (m) =>
        canWrite && queue.distribution === 'weighted' ? (
          <NumberInput
            aria-label={`${t('queueEditor.weight')} ${m.userName ?? ''}`}
            min={1}
            max={100}
            allowDecimal={false}
            defaultValue={m.weight}
            onBlur={(e) => {
              const weight = Number(e.currentTarget.value);
              if (weight !== m.weight && weight >= 1 && weight <= 100)
                change.mutate({ id: m.id, body: { weight } });
            }}
            w={100}
          />
        ) : (
          m.weight
        ),
      sortValue: (m) => m.weight,
    },
  ];
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('queueEditor.profileHint')}
      </Text>
      <DataTable
        label={t('queueEditor.membersLabel', { name: queue.name })}
        columns={columns}
        rows={rows}
        rowKey={(m) => m.id}
        loading={members.isLoading}
        error={members.error}
        rowActions={
          canWrite
            ? (m) => (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden="true" />}
                  aria-label={t('queueEditor.removeMember', { name: m.userName ?? '' })}
                  onClick={() => remove.mutate(m)}
                >
                  {t('common.remove')}
                </Button>
              )
            : undefined
        }
        empty={t('queueEditor.noMembers')}
      />
      {canWrite && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (userId) add.mutate();
          }}
        >
          <Group align="flex-end">
            <Select
              label={t('queueEditor.user')}
              searchable
              data={users.rows.filter((u) => !taken.has(u.id)).map((u) => ({ value: u.id, label: u.name }))}
              value={userId}
              onChange={setUserId}
              w={280}
            />
            <Select
              label={t('queueEditor.role')}
              allowDeselect={false}
              data={roles}
              value={role}
              onChange={(value) => value && setRole(value as QueueRole)}
              w={180}
            />
            <Button type="submit" disabled={userId === null} loading={add.isPending}>
              {t('queueEditor.add')}
            </Button>
          </Group>
        </form>
      )}
      <FormAlert message={problem} />
    </Stack>
  );
}

/** One queue: its settings and its agents and supervisors, with a link to its agents' states. */
export function QueueEditorPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const { queueId = '' } = useParams();
  const queue = useQueue(queueId);
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const canWrite = mayWrite(me, 'queues.write');
  const back = (
    <Anchor component={Link} to={enterprisePath(enterprise.id, 'queues')}>
      <Group gap={4}>
        <IconArrowLeft size={16} aria-hidden="true" />
        {t('queueEditor.back')}
      </Group>
    </Anchor>
  );
  if (queue.error)
    return (
      <Stack>
        {back}
        <Alert color="yellow">{errorText(t, queue.error)}</Alert>
      </Stack>
    );
  if (!queue.data) return <Loader />;
  const q = queue.data;
  return (
    <>
      <PageHeader
        title={t('queueEditor.title', { name: q.name })}
        description={t('queueEditor.description', { site: q.siteName })}
        actions={
          <Button
            component={Link}
            to={`/queues/${q.id}/agent-states`}
            variant="default"
            leftSection={<IconUsersGroup size={16} aria-hidden="true" />}
          >
            {t('queues.board')}
          </Button>
        }
      />
      <Stack gap="lg" maw={1000}>
        {back}
        <Card withBorder padding="lg" component="section" aria-labelledby="queue-settings">
          <Text id="queue-settings" fw={700} size="lg" mb="sm" component="h2">
            {t('queueEditor.settings')}
          </Text>
          <SettingsForm key={q.updatedAt} queue={q} sites={sites.rows} canWrite={canWrite} />
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="queue-members">
          <Text id="queue-members" fw={700} size="lg" mb="sm" component="h2">
            {t('queueEditor.members')}
          </Text>
          <MembersSection queue={q} canWrite={canWrite} />
        </Card>
      </Stack>
    </>
  );
}
