import { Alert, Button, Group, Loader, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type {
  Destination,
  IncomingRouteDto,
  RouteDecisionDto,
} from '../../../core/telephony/incoming-routes';
import { formatNational } from '../../../core/telephony/numbers';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type ApiIssue, isApiError } from '../../api/api-error';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { enterprisePath } from '../../shell/navigation';
import { DateField } from '../../ui/date-field';
import { errorText, issueText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import { useTargets } from '../attendants/queries';
import { DestinationField, destinationText, type Option, type Pickers } from './destination-field';
import {
  INCOMING_ROUTES,
  routesApi,
  useFreeNumbers,
  useIncomingRoute,
  useRouteDecision,
  useSchedule,
} from './queries';
import { type FlowBranch, RouteFlow } from './route-flow';

const WHOLE = '__enterprise__';

type Closure = { id: string; name: string };

/** Where an issue's path points, in words: "Gesloten", "Sluiting Oudejaarsmiddag", "Nummer". */
function pathLabel(t: (k: string, o?: Record<string, unknown>) => string, closures: Closure[], path: string) {
  const m = /^destinations\.(open|closed|holiday|closures)(?:\.([^.]+))?/.exec(path);
  if (!m) return t(`incomingRoutes.${path.split('.')[0] ?? ''}`, { defaultValue: path });
  if (m[1] !== 'closures') return t(`incomingRoutes.periods.${m[1]}`);
  const closure = closures.find((c) => c.id === m[2]);
  return `${t('incomingRoutes.periods.closure')} ${closure?.name ?? ''}`.trim();
}

/** The "test a moment" answer in words. */
function decisionText(
  t: (k: string, o?: Record<string, unknown>) => string,
  d: RouteDecisionDto,
  names: Record<string, string>,
): string {
  const state = t(`incomingRoutes.decisionStates.${d.state}`, { name: d.name ?? '' });
  const where = destinationText(t, d.destination, {
    ...names,
    ...(d.destinationName && d.destination.type !== 'number'
      ? { [d.destination.type === 'voicemail' ? d.destination.userId : d.destination.id]: d.destinationName }
      : {}),
  });
  return `${t('incomingRoutes.testResult', { state, destination: where })}${d.fallback ? ` ${t('incomingRoutes.fallback')}` : ''}`;
}

function Editor({ initial }: { initial: IncomingRouteDto | null }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canWrite = mayWrite(me, 'incoming-routes.write');
  const disabled = !canWrite;
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const users = useTargets(enterprise.id, 'user');
  const attendants = useTargets(enterprise.id, 'auto_attendant');
  const huntGroups = useTargets(enterprise.id, 'hunt_group');
  const queues = useTargets(enterprise.id, 'queue');
  const schedules = useTargets(enterprise.id, 'schedule');
  const [name, setName] = useState(initial?.name ?? '');
  const [siteId, setSiteId] = useState<string | null>(
    initial ? initial.siteId : me.siteIds === null ? null : (me.siteIds[0] ?? null),
  );
  const [number, setNumber] = useState(initial?.number ?? '');
  const [numberQuery, setNumberQuery] = useState('');
  const [scheduleId, setScheduleId] = useState<string | null>(initial?.scheduleId ?? null);
  const [open, setOpen] = useState<Destination | null>(initial?.destinations.open ?? null);
  const [closed, setClosed] = useState<Destination | null>(initial?.destinations.closed ?? null);
  const [holiday, setHoliday] = useState<Destination | null>(initial?.destinations.holiday ?? null);
  const [closures, setClosures] = useState<Record<string, Destination>>(initial?.destinations.closures ?? {});
  const [issues, setIssues] = useState<readonly ApiIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [testDay, setTestDay] = useState(DateTime.now().toISODate() ?? '');
  const [testTime, setTestTime] = useState('10:00');
  const [testAt, setTestAt] = useState<string | null>(null);
  const free = useFreeNumbers(enterprise.id, numberQuery);
  const schedule = useSchedule(scheduleId);
  const decision = useRouteDecision(initial?.id ?? null, testAt, i18n.language === 'en' ? 'en' : 'nl');

  const names: Record<string, string> = { ...(initial?.targetNames ?? {}) };
  const options = (list: { id: string; name: string }[] | undefined): Option[] =>
    (list ?? []).map((i) => {
      names[i.id] = i.name;
      return { value: i.id, label: i.name };
    });
  const pickers: Pickers = {
    users: options(users.data?.items),
    huntGroups: options(huntGroups.data?.items),
    queues: options(queues.data?.items),
    attendants: options(attendants.data?.items),
  };
  const scheduleOptions = options(schedules.data?.items);
  const scheduleClosures: Closure[] =
    scheduleId !== null && schedule.data
      ? [...schedule.data.closures, ...schedule.data.recurringClosures].map((c) => ({
          id: c.id,
          name: c.name,
        }))
      : [];
  const numberOptions: Option[] = [
    ...(number ? [{ value: number, label: formatNational(number) }] : []),
    ...(free.data?.items ?? [])
      .filter((n) => n.number !== number && n.kind !== 'mobile')
      .map((n) => ({ value: n.number, label: n.national })),
  ];
  const siteOptions: Option[] = [
    ...(me.siteIds === null ? [{ value: WHOLE, label: t('incomingRoutes.wholeEnterprise') }] : []),
    ...sites.rows.map((s) => ({ value: s.id, label: s.name })),
  ];

  /** A new schedule keeps only the closure destinations it has; none keeps only "open". */
  const chooseSchedule = (id: string | null) => {
    setScheduleId(id);
    if (id === null) {
      setClosed(null);
      setHoliday(null);
      setClosures({});
    }
  };
  const keptClosures = Object.fromEntries(
    Object.entries(closures).filter(([id]) => scheduleClosures.some((c) => c.id === id)),
  );

  const save = useMutation({
    mutationFn: () => {
      const body = {
        name,
        siteId,
        number,
        scheduleId,
        destinations: {
          open: open as Destination,
          closed: scheduleId === null ? null : closed,
          holiday: scheduleId === null ? null : holiday,
          closures: scheduleId === null ? {} : schedule.data ? keptClosures : closures,
        },
      };
      return initial ? routesApi.update(initial.id, body) : routesApi.create(enterprise.id, body);
    },
    onSuccess: (saved) => {
      setIssues([]);
      setFailure(null);
      void queryClient.invalidateQueries({ queryKey: INCOMING_ROUTES });
      void queryClient.invalidateQueries({ queryKey: ['numbers'] });
      notifications.show({ color: 'green', message: t('incomingRoutes.saved', { name: saved.name }) });
      if (!initial)
        void navigate(enterprisePath(enterprise.id, `incoming-routes/${saved.id}`), { replace: true });
    },
    onError: (e) => {
      const fieldIssues = isApiError(e) ? e.issues.filter((i) => i.path !== '') : [];
      setIssues(fieldIssues);
      setFailure(fieldIssues.length > 0 ? null : errorText(t, e));
    },
  });

  /** The period the tested moment falls in (its branch is highlighted in the flow). */
  const active = (state: string, closureId?: string) =>
    testAt !== null &&
    decision.data !== undefined &&
    decision.data.state === state &&
    (closureId === undefined || decision.data.closureId === closureId);
  const closedText = destinationText(t, closed, names);
  const branches: FlowBranch[] = [
    { key: 'open', label: t('incomingRoutes.periods.open'), destination: open, active: active('open') },
    ...(scheduleId === null
      ? []
      : [
          {
            key: 'closed',
            label: t('incomingRoutes.periods.closed'),
            destination: closed,
            active: active('closed'),
          },
          {
            key: 'holiday',
            label: t('incomingRoutes.periods.holiday'),
            destination: holiday,
            ...(holiday === null ? { fallback: closedText } : {}),
            active: active('holiday'),
          },
          ...scheduleClosures.map((c) => ({
            key: c.id,
            label: c.name,
            destination: closures[c.id] ?? null,
            ...(closures[c.id] === undefined ? { fallback: closedText } : {}),
            active: active('closure', c.id),
          })),
        ]),
  ];

  const runTest = () => {
    const zone = schedule.data?.timeZone ?? 'Europe/Amsterdam';
    const at = DateTime.fromISO(`${testDay}T${testTime}`, { zone });
    if (at.isValid) setTestAt(at.toISO());
  };

  return (
    <>
      <PageHeader
        title={
          initial
            ? t('incomingRoutes.editorTitle', { name: initial.name })
            : t('incomingRoutes.editorTitleNew')
        }
        actions={
          <Group>
            <Button
              component={Link}
              to={enterprisePath(enterprise.id, 'incoming-routes')}
              variant="default"
              leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
            >
              {t('incomingRoutes.back')}
            </Button>
            {canWrite && (
              <Button
                leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
                loading={save.isPending}
                onClick={() => save.mutate()}
              >
                {t('incomingRoutes.save')}
              </Button>
            )}
          </Group>
        }
      />
      {(issues.length > 0 || failure) && (
        <Alert color="red" title={t('incomingRoutes.problems')} mb="md" role="alert">
          {failure}
          <ul style={{ margin: 0 }}>
            {issues.map((i) => (
              <li key={`${i.path}-${i.code}`}>
                <Text size="sm">
                  <strong>{pathLabel(t, scheduleClosures, i.path)}</strong>: {issueText(t, i)}
                </Text>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Paper withBorder p="md" mb="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('incomingRoutes.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            disabled={disabled}
            w={240}
          />
          <Select
            label={t('incomingRoutes.site')}
            data={siteOptions}
            value={siteId ?? WHOLE}
            onChange={(v) => setSiteId(v === WHOLE || v === null ? null : v)}
            allowDeselect={false}
            disabled={disabled}
            w={210}
          />
          <Select
            label={t('incomingRoutes.number')}
            description={t('incomingRoutes.numberHint')}
            placeholder={t('incomingRoutes.numberSearch')}
            data={numberOptions}
            value={number || null}
            onChange={(v) => setNumber(v ?? '')}
            searchable
            searchValue={numberQuery}
            onSearchChange={setNumberQuery}
            filter={({ options: all }) => all}
            nothingFoundMessage="—"
            disabled={disabled}
            w={220}
          />
          <Select
            label={t('incomingRoutes.schedule')}
            description={t('incomingRoutes.scheduleHint')}
            placeholder={t('incomingRoutes.noSchedule')}
            data={scheduleOptions}
            value={scheduleId}
            onChange={chooseSchedule}
            clearable
            disabled={disabled}
            w={230}
          />
        </Group>
      </Paper>
      <Paper withBorder p="md" mb="md" component="section" aria-labelledby="route-flow-title">
        <Title order={2} size="h4" mb="sm" id="route-flow-title">
          {t('incomingRoutes.flowTitle')}
        </Title>
        <RouteFlow
          number={number ? formatNational(number) : ''}
          scheduleName={scheduleId === null ? null : (names[scheduleId] ?? initial?.scheduleName ?? '')}
          branches={branches}
          names={names}
        />
      </Paper>
      <Paper withBorder p="md" mb="md" component="section" aria-labelledby="route-destinations-title">
        <Title order={2} size="h4" mb="sm" id="route-destinations-title">
          {t('incomingRoutes.destinations')}
        </Title>
        <Stack gap="md">
          <DestinationField
            label={t('incomingRoutes.periods.open')}
            hint={t('incomingRoutes.periodHints.open')}
            value={open}
            pickers={pickers}
            disabled={disabled}
            onChange={setOpen}
          />
          {scheduleId !== null && (
            <>
              <DestinationField
                label={t('incomingRoutes.periods.closed')}
                hint={t('incomingRoutes.periodHints.closed')}
                value={closed}
                pickers={pickers}
                disabled={disabled}
                onChange={setClosed}
              />
              <DestinationField
                label={t('incomingRoutes.periods.holiday')}
                hint={t('incomingRoutes.periodHints.holiday')}
                value={holiday}
                none={t('incomingRoutes.sameAsClosed')}
                pickers={pickers}
                disabled={disabled}
                onChange={setHoliday}
              />
              <Title order={3} size="h5">
                {t('incomingRoutes.closures')}
              </Title>
              {schedule.data && scheduleClosures.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('incomingRoutes.noClosures')}
                </Text>
              )}
              {scheduleClosures.map((c) => (
                <DestinationField
                  key={c.id}
                  label={`${t('incomingRoutes.periods.closure')}: ${c.name}`}
                  hint={t('incomingRoutes.periodHints.closure')}
                  value={closures[c.id] ?? null}
                  none={t('incomingRoutes.sameAsClosed')}
                  pickers={pickers}
                  disabled={disabled}
                  onChange={(d) => {
                    const next = { ...closures };
                    if (d) next[c.id] = d;
                    else delete next[c.id];
                    setClosures(next);
                  }}
                />
              ))}
            </>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="route-test-title">
        <Title order={2} size="h4" mb="sm" id="route-test-title">
          {t('incomingRoutes.testTitle')}
        </Title>
        {initial === null ? (
          <Text size="sm" c="dimmed">
            {t('incomingRoutes.testUnsaved')}
          </Text>
        ) : (
          <Stack gap="xs">
            <Group align="flex-end" wrap="wrap">
              <DateField label={t('incomingRoutes.testDay')} value={testDay} onChange={setTestDay} w={170} />
              <TextInput
                label={t('incomingRoutes.testTime')}
                placeholder="10:00"
                maxLength={5}
                inputMode="numeric"
                value={testTime}
                onChange={(e) => setTestTime(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') runTest();
                }}
                w={100}
              />
              <Button variant="light" onClick={runTest}>
                {t('incomingRoutes.testButton')}
              </Button>
            </Group>
            {testAt !== null && decision.data && (
              <Text size="sm" role="status" data-testid="route-test-result">
                {decisionText(t, decision.data, names)}
              </Text>
            )}
            {decision.isError && (
              <Text size="sm" c="red" role="alert">
                {errorText(t, decision.error)}
              </Text>
            )}
          </Stack>
        )}
      </Paper>
    </>
  );
}

/** An incoming route's editor: its number and schedule, a destination per period, drawn as a flow. */
export function RouteEditorPage() {
  const { t } = useTranslation();
  const { routeId = 'new' } = useParams();
  const isNew = routeId === 'new';
  const query = useIncomingRoute(isNew ? null : routeId);
  if (!isNew && query.isPending) return <Loader aria-label="…" />;
  if (!isNew && query.isError) return <Alert color="red">{errorText(t, query.error)}</Alert>;
  return <Editor key={routeId} initial={query.data ?? null} />;
}
