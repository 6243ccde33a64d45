import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { PROFILE_NAMES, PROFILES, type Profile } from '../../../core/directory/profiles';
import type { CatalogueItemDto } from '../../../core/servicedesk/catalogue';
import type { changeFormSchema, TicketInput } from '../../../core/servicedesk/intake';
import { type ApiIssue, isApiError } from '../../api/api-error';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { useUsers } from '../../directory/users/queries';
import { issueText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { ticketsApi } from '../tickets/queries';
import { leadTimeText } from './lead-time';
import { CATALOGUE, changesApi, type TicketPreview } from './queries';

const lang = (language: string): 'nl' | 'en' => (language.startsWith('en') ? 'en' : 'nl');

/**
 * "Request a change": an item of the change catalogue, what it asks for (a site, a user) and a
 * description; its due date on the business calendar, the desk that handles it and the cost
 * estimate are shown live from the server's preview before it is sent.
 */
export function RequestChangePage() {
  const { t, i18n } = useTranslation();
  const l = lang(i18n.language);
  const enterprise = useCurrentEnterprise();
  const navigate = useNavigate();
  const catalogue = useQuery({ queryKey: CATALOGUE, queryFn: changesApi.catalogue });
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const users = useUsers(enterprise.id, {}, { pageSize: 200 });
  const [itemKey, setItemKey] = useState<string | null>(null);
  const [siteId, setSiteId] = useState<string | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [description, setDescription] = useState('');
  const [preview, setPreview] = useState<TicketPreview | null>(null);
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [sending, setSending] = useState(false);
  const item: CatalogueItemDto | undefined = catalogue.data?.items.find((i) => i.key === itemKey);

  // The live preview: again whenever what decides it changes (not on every key of the description).
  // Until what the item asks for is chosen, there is nothing to preview yet.
  const asksSite =
    item !== undefined && (item.asks.includes('siteId') || Object.keys(item.leadTimeByLineType).length > 0);
  const incomplete =
    item === undefined ||
    (asksSite && siteId === null) ||
    (item.asks.includes('userId') && userId === null) ||
    (item.asks.includes('profile') && profile === null);
  useEffect(() => {
    if (itemKey === null || incomplete) return setPreview(null);
    let current = true;
    const asked = {
      ...(siteId ? { siteId } : {}),
      ...(userId ? { userId } : {}),
      ...(profile ? { profile } : {}),
    };
    changesApi
      .preview({
        type: 'change',
        enterpriseId: enterprise.id,
        catalogueItem: itemKey,
        description: '-',
        ...asked,
      })
      .then((p) => {
        if (current) {
          setPreview(p);
          setIssues([]);
        }
      })
      .catch((e: unknown) => {
        if (current) {
          setPreview(null);
          setIssues(isApiError(e) ? [...e.issues] : []);
        }
      });
    return () => {
      current = false;
    };
  }, [enterprise.id, itemKey, siteId, userId, profile, incomplete]);

  const errorAt = (path: string) => {
    const found = issues.filter((i) => i.path === path);
    return found.length === 0 ? undefined : found.map((i) => issueText(t, i)).join('; ');
  };
  const submit = async () => {
    setSending(true);
    try {
      const form: z.input<typeof changeFormSchema> = {
        type: 'change',
        enterpriseId: enterprise.id,
        catalogueItem: itemKey ?? '',
        description,
        ...(siteId ? { siteId } : {}),
        ...(userId ? { userId } : {}),
        ...(profile ? { profile } : {}),
      };
      const made = await ticketsApi.create(form as TicketInput);
      notifications.show({ message: t('changes.sent', { number: made.number }) });
      navigate(`/tickets/${made.id}`);
    } catch (e) {
      if (isApiError(e)) setIssues([...e.issues]);
      else notifications.show({ color: 'red', message: e instanceof Error ? e.message : String(e) });
    } finally {
      setSending(false);
    }
  };

  const groups = ['one_net', 'mobile', 'infrastructure'].map((category) => ({
    group: t(`changes.categories.${category}`),
    items: (catalogue.data?.items ?? [])
      .filter((i) => i.category === category)
      .map((i) => ({ value: i.key, label: i.name[l] })),
  }));
  const byLine = item ? Object.entries(item.leadTimeByLineType) : [];

  return (
    <>
      <PageHeader title={t('changes.title')} description={t('changes.description')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack>
          <Select
            label={t('changes.item')}
            placeholder={t('changes.itemPlaceholder')}
            data={groups}
            value={itemKey}
            onChange={(v) => {
              setItemKey(v);
              setIssues([]);
            }}
            searchable
            required
            error={errorAt('catalogueItem')}
          />
          {item && (
            <Text size="sm" c="dimmed">
              {item.description[l]}
            </Text>
          )}
          {asksSite && (
            <Select
              label={t('changes.site')}
              data={sites.rows.map((x) => ({ value: x.id, label: `${x.name} (${x.postcode})` }))}
              value={siteId}
              onChange={setSiteId}
              searchable
              required
              error={errorAt('siteId')}
            />
          )}
          {item?.asks.includes('userId') && (
            <Select
              label={t('changes.user')}
              data={users.rows.map((x) => ({ value: x.id, label: x.name }))}
              value={userId}
              onChange={setUserId}
              searchable
              required
              error={errorAt('userId')}
            />
          )}
          {item?.asks.includes('profile') && (
            <Select
              label={t('profileChange.profile')}
              data={PROFILES.map((p) => ({ value: p, label: PROFILE_NAMES[p] }))}
              value={profile}
              onChange={(v) => setProfile(v as Profile | null)}
              required
              error={errorAt('profile')}
            />
          )}
          <Textarea
            label={t('changes.descriptionField')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={4}
            required
            error={errorAt('description')}
          />
          <Group>
            <Button onClick={submit} loading={sending} disabled={!item || description.trim() === ''}>
              {t('changes.send')}
            </Button>
          </Group>
        </Stack>
        <Card withBorder aria-live="polite" aria-label={t('changes.summary')}>
          <Stack gap="xs">
            <Text fw={600}>{t('changes.summary')}</Text>
            {!item && <Text c="dimmed">{t('changes.pickItem')}</Text>}
            {item && (
              <>
                <Group gap="xs">
                  <Text size="sm">{t('changes.leadTime')}:</Text>
                  <Badge variant="light">{leadTimeText(t, item.leadTime)}</Badge>
                  {byLine.map(([line, lead]) => (
                    <Badge key={line} variant="outline">
                      {t(`changes.lines.${line}`, { defaultValue: line })}:{' '}
                      {lead ? leadTimeText(t, lead) : ''}
                    </Badge>
                  ))}
                </Group>
                {preview && (
                  <>
                    <Text size="sm">
                      {t('changes.dueAt')}:{' '}
                      <strong>
                        {preview.dueAt === null
                          ? t('changes.dueOnRequest')
                          : formatDateTime(preview.dueAt, i18n.language)}
                      </strong>
                    </Text>
                    <Text size="sm">
                      {t('changes.cost')}:{' '}
                      <strong>
                        {preview.costEstimate === null
                          ? t('changes.noCost')
                          : new Intl.NumberFormat(i18n.language, {
                              style: 'currency',
                              currency: 'EUR',
                            }).format(preview.costEstimate.amount)}
                      </strong>
                    </Text>
                    <Text size="sm">
                      {t('changes.desk')}: <strong>{preview.desk?.names[l] ?? '—'}</strong>
                    </Text>
                  </>
                )}
                {issues.some((i) => i.path === '') && (
                  <Alert color="red">{issues.find((i) => i.path === '')?.message}</Alert>
                )}
              </>
            )}
          </Stack>
        </Card>
      </SimpleGrid>
    </>
  );
}
