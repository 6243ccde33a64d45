import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { enterprisePath } from '../../shell/navigation';
import { errorText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import { mayChangeSchedule } from './access';
import { useSchedule } from './queries';
import { ScheduleCalendar } from './schedule-calendar';
import { ScheduleForm } from './schedule-form';
import { ScheduleRemovalDialog, useScheduleRemoval } from './schedule-removal';

/** A card with a heading of its own. */
function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Text id={id} fw={700} size="lg" mb="sm" component="h2">
        {title}
      </Text>
      {children}
    </Card>
  );
}

/**
 * One schedule (or a new one at `schedules/new`): its settings with the weekly hours, closures
 * and openings, then its 24-month calendar as the API computes it; removal asks first and lists
 * what still follows it when it is refused.
 */
export function ScheduleEditorPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const enterprise = useCurrentEnterprise();
  const { scheduleId = 'new' } = useParams();
  const isNew = scheduleId === 'new';
  const schedule = useSchedule(isNew ? null : scheduleId);
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const listPath = enterprisePath(enterprise.id, 'schedules');
  const removal = useScheduleRemoval(() => navigate(listPath));
  const back = (
    <Anchor component={Link} to={listPath} size="sm">
      {t('schedules.back')}
    </Anchor>
  );
  if (schedule.error)
    return (
      <Stack>
        {back}
        <Alert color="yellow">{errorText(t, schedule.error)}</Alert>
      </Stack>
    );
  if ((!isNew && !schedule.data) || sites.loading) return <Loader />;
  const s = isNew ? null : (schedule.data ?? null);
  const canChange = mayChangeSchedule(me, s);
  return (
    <>
      {back}
      <PageHeader
        title={s ? s.name : t('schedules.create')}
        description={
          s
            ? (s.siteName ?? t('schedules.enterpriseWide'))
            : t('schedules.description', { enterprise: enterprise.name })
        }
      />
      <Stack gap="lg" maw={1200}>
        <Section id="schedule-settings" title={t('schedules.settings')}>
          {!canChange && (
            <Alert color="blue" mb="md">
              {t('schedules.readOnly')}
            </Alert>
          )}
          <ScheduleForm
            key={s?.updatedAt ?? 'new'}
            enterpriseId={enterprise.id}
            schedule={s}
            sites={sites.rows}
            readOnly={!canChange}
            onDone={(saved) => {
              notifications.show({ color: 'green', message: t('schedules.saved') });
              if (isNew) navigate(enterprisePath(enterprise.id, `schedules/${saved.id}`));
            }}
          />
        </Section>
        {s && (
          <Section id="schedule-calendar" title={t('schedules.calendar.title')}>
            <ScheduleCalendar key={s.updatedAt} scheduleId={s.id} name={s.name} />
          </Section>
        )}
        {s && canChange && (
          <Group justify="flex-end">
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} aria-hidden="true" />}
              onClick={() => removal.ask(s)}
            >
              {t('schedules.remove')}
            </Button>
          </Group>
        )}
      </Stack>
      <ScheduleRemovalDialog removal={removal} />
    </>
  );
}
