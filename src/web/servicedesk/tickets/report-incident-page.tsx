import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Stepper,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { issuesOf } from '../../../core/messages/zod-issues';
import type { ChecklistDefinition } from '../../../core/servicedesk/checklists';
import { FREQUENCIES, incidentFormSchema } from '../../../core/servicedesk/intake';
import { LEVELS } from '../../../core/servicedesk/tickets';
import { type ApiIssue, isApiError } from '../../api/api-error';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { issueText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import {
  ChecklistForm,
  type ChecklistValues,
  checklistBody,
  EMPTY_CHECKLIST,
} from '../checklists/checklist-form';
import { CHECKLISTS, checklistsApi } from '../checklists/queries';
import { ticketsApi } from './queries';

type YesNo = '' | 'yes' | 'no';
type Values = {
  title: string;
  description: string;
  businessCritical: YesNo;
  impact: string;
  urgency: string;
  aNumber: string;
  bNumber: string;
  occurredAt: string;
  workedBefore: YesNo;
  peopleAffected: number | string;
  sitesAffected: number | string;
  othersNotAffected: YesNo;
  reproducible: YesNo;
  frequency: string;
  siteIds: string[];
  otherSitesAffected: YesNo;
  otherPostcodes: string;
  sitesNotAffected: YesNo;
  aDisplay: string;
  bDisplay: string;
  phoneType: string;
  softwareVersion: string;
  roamingNetwork: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
};

const INITIAL: Values = {
  title: '',
  description: '',
  businessCritical: '',
  impact: 'medium',
  urgency: 'medium',
  aNumber: '',
  bNumber: '',
  occurredAt: '',
  workedBefore: '',
  peopleAffected: 1,
  sitesAffected: 1,
  othersNotAffected: '',
  reproducible: '',
  frequency: '',
  siteIds: [],
  otherSitesAffected: '',
  otherPostcodes: '',
  sitesNotAffected: '',
  aDisplay: '',
  bDisplay: '',
  phoneType: '',
  softwareVersion: '',
  roamingNetwork: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
};

/** The API path of each value, so that changing a value clears its issue. */
const PATH_OF: Record<keyof Values, string> = {
  title: 'title',
  description: 'description',
  businessCritical: 'businessCritical',
  impact: 'impact',
  urgency: 'urgency',
  aNumber: 'what.aNumber',
  bNumber: 'what.bNumber',
  occurredAt: 'when.occurredAt',
  workedBefore: 'when.workedBefore',
  peopleAffected: 'scope.peopleAffected',
  sitesAffected: 'scope.sitesAffected',
  othersNotAffected: 'scope.othersNotAffected',
  reproducible: 'scope.reproducible',
  frequency: 'scope.frequency',
  siteIds: 'where.siteIds',
  otherSitesAffected: 'where.otherSitesAffected',
  otherPostcodes: 'where.otherPostcodes',
  sitesNotAffected: 'where.sitesNotAffected',
  aDisplay: 'other.aDisplay',
  bDisplay: 'other.bDisplay',
  phoneType: 'other.phoneType',
  softwareVersion: 'other.softwareVersion',
  roamingNetwork: 'other.roamingNetwork',
  contactName: 'other.contact.name',
  contactPhone: 'other.contact.phone',
  contactEmail: 'other.contact.email',
};

const yesNo = (v: YesNo): boolean | undefined => (v === '' ? undefined : v === 'yes');
const text = (v: string): string | undefined => (v.trim() === '' ? undefined : v);
const localToIso = (v: string): string | undefined => {
  if (v === '') return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
};

/** The body the API takes, from the wizard's values (empty answers left out, so they are "required"). */
function bodyOf(
  enterpriseId: string,
  v: Values,
  checklist: { definition: ChecklistDefinition; values: ChecklistValues } | null,
): Record<string, unknown> {
  return {
    checklist: checklist === null ? undefined : checklistBody(checklist.definition, checklist.values),
    type: 'incident',
    enterpriseId,
    title: v.title,
    description: text(v.description),
    businessCritical: yesNo(v.businessCritical),
    impact: v.impact,
    urgency: v.urgency,
    what: { aNumber: v.aNumber, bNumber: v.bNumber },
    when: { occurredAt: localToIso(v.occurredAt), workedBefore: yesNo(v.workedBefore) },
    scope: {
      peopleAffected: typeof v.peopleAffected === 'number' ? v.peopleAffected : undefined,
      sitesAffected: typeof v.sitesAffected === 'number' ? v.sitesAffected : undefined,
      othersNotAffected: yesNo(v.othersNotAffected),
      reproducible: yesNo(v.reproducible),
      frequency: text(v.frequency),
    },
    where: {
      siteIds: v.siteIds,
      otherSitesAffected: yesNo(v.otherSitesAffected),
      otherPostcodes: v.otherPostcodes
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== ''),
      sitesNotAffected: yesNo(v.sitesNotAffected),
    },
    other: {
      aDisplay: v.aDisplay,
      bDisplay: v.bDisplay,
      phoneType: v.phoneType,
      softwareVersion: text(v.softwareVersion),
      roamingNetwork: text(v.roamingNetwork),
      contact: { name: v.contactName, phone: v.contactPhone, email: text(v.contactEmail) },
    },
  };
}

/** Which API paths each step shows (the first step also asks the title and criticality). */
const STEPS = [
  { key: 'what', paths: ['title', 'description', 'businessCritical', 'impact', 'urgency', 'what'] },
  { key: 'when', paths: ['when'] },
  { key: 'scope', paths: ['scope'] },
  { key: 'where', paths: ['where'] },
  { key: 'checklist', paths: ['checklist'] },
  { key: 'other', paths: ['other'] },
] as const;
const stepOfPath = (path: string): number => {
  const index = STEPS.findIndex((s) => s.paths.some((p) => path === p || path.startsWith(`${p}.`)));
  return index === -1 ? 0 : index;
};

/**
 * "Report an incident": a wizard over the guide's §4.1 groups (what, when, scope, where, other),
 * each step checked with the API's own schema before the next, then sent as one report.
 */
export function ReportIncidentPage() {
  const { t } = useTranslation();
  const enterprise = useCurrentEnterprise();
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const [values, setValues] = useState<Values>(INITIAL);
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // A line outage at a site: the line checklist (appendix 3) goes with the report.
  const definitions = useQuery({ queryKey: CHECKLISTS, queryFn: checklistsApi.definitions });
  const lineDefinition = definitions.data?.items.find((d) => d.key === 'line-outage') ?? null;
  const [lineOutage, setLineOutage] = useState<YesNo>('');
  const [checklist, setChecklist] = useState<ChecklistValues>(EMPTY_CHECKLIST);
  const withChecklist =
    lineOutage === 'yes' && lineDefinition !== null
      ? { definition: lineDefinition, values: checklist }
      : null;
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    const path = PATH_OF[key];
    setIssues((current) => current.filter((i) => i.path !== path && !i.path.startsWith(`${path}.`)));
  };

  const errorAt = (path: string): string | undefined => {
    const found = issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
    return found.length === 0 ? undefined : found.map((i) => issueText(t, i)).join('; ');
  };
  const check = (upTo: number): boolean => {
    const all = (issuesOf(incidentFormSchema, bodyOf(enterprise.id, values, withChecklist)) ??
      []) as ApiIssue[];
    const here = all.filter((i) => stepOfPath(i.path) <= upTo);
    setIssues(here);
    setGeneral(here.length > 0 ? t('wizard.stepErrors') : null);
    if (here.length > 0) setActive(Math.min(...here.map((i) => stepOfPath(i.path))));
    return here.length === 0;
  };
  const next = () => {
    if (check(active)) setActive((a) => a + 1);
  };
  const submit = async () => {
    if (!check(STEPS.length - 1)) return;
    setSending(true);
    try {
      const body = bodyOf(enterprise.id, values, withChecklist) as z.input<typeof incidentFormSchema>;
      const made = await ticketsApi.create(incidentFormSchema.parse(body));
      notifications.show({ message: t('wizard.created', { number: made.number }) });
      navigate(`/tickets/${made.id}`);
    } catch (e) {
      if (isApiError(e) && e.issues.length > 0) {
        setIssues([...e.issues]);
        const first = e.issues.find((i) => i.path !== '');
        if (first) setActive(stepOfPath(first.path));
        setGeneral(e.issues.find((i) => i.path === '')?.message ?? t('wizard.stepErrors'));
      } else setGeneral(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };

  const question = (key: keyof Values, label: string, path: string) => (
    <Radio.Group
      label={label}
      value={values[key] as string}
      onChange={(v) => set(key, v as never)}
      error={errorAt(path)}
      required
    >
      <Group mt={4}>
        <Radio value="yes" label={t('wizard.yes')} />
        <Radio value="no" label={t('wizard.no')} />
      </Group>
    </Radio.Group>
  );
  const field = (key: keyof Values, label: string, path: string, required = true) => (
    <TextInput
      label={label}
      value={values[key] as string}
      onChange={(e) => set(key, e.currentTarget.value as never)}
      error={errorAt(path)}
      required={required}
    />
  );

  return (
    <>
      <PageHeader title={t('wizard.title')} description={t('wizard.description')} />
      {general && (
        <Alert color="red" mb="md" role="alert">
          {general}
        </Alert>
      )}
      <Stepper active={active} onStepClick={(i) => i < active && setActive(i)} allowNextStepsSelect={false}>
        <Stepper.Step label={t('wizard.steps.what')}>
          <Stack maw={640}>
            {field('title', t('wizard.subject'), 'title')}
            <Textarea
              label={t('wizard.descriptionField')}
              value={values.description}
              onChange={(e) => set('description', e.currentTarget.value)}
              error={errorAt('description')}
              autosize
              minRows={2}
            />
            {field('aNumber', t('wizard.aNumber'), 'what.aNumber')}
            {field('bNumber', t('wizard.bNumber'), 'what.bNumber')}
            {question('businessCritical', t('wizard.businessCritical'), 'businessCritical')}
            <Group grow>
              <Select
                label={t('wizard.impact')}
                data={LEVELS.map((value) => ({ value, label: t(`levels.${value}`) }))}
                value={values.impact}
                onChange={(v) => set('impact', v ?? 'medium')}
                allowDeselect={false}
              />
              <Select
                label={t('wizard.urgency')}
                data={LEVELS.map((value) => ({ value, label: t(`levels.${value}`) }))}
                value={values.urgency}
                onChange={(v) => set('urgency', v ?? 'medium')}
                allowDeselect={false}
              />
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.steps.when')}>
          <Stack maw={640}>
            <TextInput
              type="datetime-local"
              label={t('wizard.occurredAt')}
              value={values.occurredAt}
              onChange={(e) => set('occurredAt', e.currentTarget.value)}
              error={errorAt('when.occurredAt')}
              required
            />
            {question('workedBefore', t('wizard.workedBefore'), 'when.workedBefore')}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.steps.scope')}>
          <Stack maw={640}>
            <NumberInput
              label={t('wizard.peopleAffected')}
              min={1}
              value={values.peopleAffected}
              onChange={(v) => set('peopleAffected', v)}
              error={errorAt('scope.peopleAffected')}
              required
            />
            <NumberInput
              label={t('wizard.sitesAffected')}
              min={1}
              value={values.sitesAffected}
              onChange={(v) => set('sitesAffected', v)}
              error={errorAt('scope.sitesAffected')}
              required
            />
            {question('othersNotAffected', t('wizard.othersNotAffected'), 'scope.othersNotAffected')}
            {question('reproducible', t('wizard.reproducible'), 'scope.reproducible')}
            <Select
              label={t('wizard.frequency')}
              data={FREQUENCIES.map((value) => ({ value, label: t(`frequencies.${value}`) }))}
              value={values.frequency || null}
              onChange={(v) => set('frequency', v ?? '')}
              error={errorAt('scope.frequency')}
              required
            />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.steps.where')}>
          <Stack maw={640}>
            <Checkbox.Group
              label={t('wizard.sites')}
              value={values.siteIds}
              onChange={(v) => set('siteIds', v)}
              error={errorAt('where.siteIds')}
              required
            >
              <Stack gap={6} mt={4}>
                {sites.rows.map((s) => (
                  <Checkbox key={s.id} value={s.id} label={`${s.postcode} — ${s.name}, ${s.city}`} />
                ))}
              </Stack>
            </Checkbox.Group>
            {question('otherSitesAffected', t('wizard.otherSitesAffected'), 'where.otherSitesAffected')}
            {values.otherSitesAffected === 'yes' &&
              field('otherPostcodes', t('wizard.otherPostcodes'), 'where.otherPostcodes', false)}
            {question('sitesNotAffected', t('wizard.sitesNotAffected'), 'where.sitesNotAffected')}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.steps.checklist')}>
          <Stack maw={720}>
            <Radio.Group
              label={t('checklist.isLineOutage')}
              description={t('checklist.lineOutageHint')}
              value={lineOutage}
              onChange={(v) => setLineOutage(v as YesNo)}
            >
              <Group mt={4}>
                <Radio value="yes" label={t('wizard.yes')} />
                <Radio value="no" label={t('wizard.no')} />
              </Group>
            </Radio.Group>
            {lineOutage === 'yes' && lineDefinition !== null && (
              <ChecklistForm
                definition={lineDefinition}
                value={checklist}
                onChange={(next) => {
                  setChecklist(next);
                  setIssues((current) => current.filter((i) => !i.path.startsWith('checklist.')));
                }}
                sites={sites.rows
                  .filter((s) => values.siteIds.includes(s.id))
                  .map((s) => ({ value: s.id, label: `${s.name} (${s.postcode})` }))}
                errorAt={(path) => errorAt(`checklist.${path}`)}
              />
            )}
            {lineOutage === 'no' && <Text size="sm">{t('checklist.notLineOutage')}</Text>}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.steps.other')}>
          <Stack maw={640}>
            {field('aDisplay', t('wizard.aDisplay'), 'other.aDisplay')}
            {field('bDisplay', t('wizard.bDisplay'), 'other.bDisplay')}
            {field('phoneType', t('wizard.phoneType'), 'other.phoneType')}
            {field('softwareVersion', t('wizard.softwareVersion'), 'other.softwareVersion', false)}
            {field('roamingNetwork', t('wizard.roamingNetwork'), 'other.roamingNetwork', false)}
            {field('contactName', t('wizard.contactName'), 'other.contact.name')}
            {field('contactPhone', t('wizard.contactPhone'), 'other.contact.phone')}
            {field('contactEmail', t('wizard.contactEmail'), 'other.contact.email', false)}
          </Stack>
        </Stepper.Step>
        <Stepper.Completed>
          <Text>{t('wizard.reviewText')}</Text>
        </Stepper.Completed>
      </Stepper>
      <Group mt="lg">
        {active > 0 && (
          <Button variant="default" onClick={() => setActive((a) => a - 1)}>
            {t('wizard.back')}
          </Button>
        )}
        {active < STEPS.length ? (
          <Button onClick={next}>{t('wizard.next')}</Button>
        ) : (
          <Button onClick={() => void submit()} loading={sending}>
            {t('wizard.submit')}
          </Button>
        )}
      </Group>
    </>
  );
}
