import { Alert, Button, Card, Group, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PROFILE_NAMES, PROFILES, type Profile } from '../../../core/directory/profiles';
import type { UserDto } from '../../../core/directory/schemas';
import { isProviderStaff, mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type ApiIssue, isApiError } from '../../api/api-error';
import { errorText, issueText } from '../../ui/error-text';
import { ticketsApi } from '../tickets/queries';

/**
 * "Request another profile" on a user's page (guide §3.3): a customer cannot change a profile
 * itself; this sends a change request (`profile-change`) that changes it when the desk resolves it.
 */
export function RequestProfileChange({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [profile, setProfile] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (isProviderStaff(me) || !mayWrite(me, 'tickets.write')) return null;
  const errorAt = (path: string) => {
    const found = issues.filter((i) => i.path === path);
    return found.length === 0 ? undefined : found.map((i) => issueText(t, i)).join('; ');
  };
  const send = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const made = await ticketsApi.create({
        type: 'change',
        enterpriseId: user.enterpriseId,
        catalogueItem: 'profile-change',
        description: description.trim() || t('profileChange.defaultDescription', { name: user.name }),
        userId: user.id,
        profile: (profile ?? undefined) as Profile | undefined,
        businessCritical: false,
        impact: 'medium',
        urgency: 'medium',
      });
      notifications.show({ message: t('profileChange.sent', { number: made.number }) });
      navigate(`/tickets/${made.id}`);
    } catch (e) {
      if (isApiError(e) && e.issues.some((i) => i.path !== '')) setIssues([...e.issues]);
      else setProblem(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  if (!open)
    return (
      <Group>
        <Button variant="light" onClick={() => setOpen(true)}>
          {t('profileChange.request')}
        </Button>
      </Group>
    );
  return (
    <Card withBorder maw={560}>
      <Stack gap="xs">
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Select
          label={t('profileChange.profile')}
          description={t('profileChange.hint')}
          data={PROFILES.filter((p) => p !== user.profile).map((p) => ({
            value: p,
            label: PROFILE_NAMES[p],
          }))}
          value={profile}
          onChange={(v) => {
            setProfile(v);
            setIssues([]);
          }}
          error={errorAt('profile') ?? errorAt('userId')}
          required
        />
        <Textarea
          label={t('profileChange.reason')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errorAt('description')}
          autosize
          minRows={2}
        />
        <Group>
          <Button onClick={() => void send()} loading={busy}>
            {t('profileChange.send')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('profileChange.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
