import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Feature } from '../../../core/telephony/feature-matrix';
import {
  CALLER_ID_MODES,
  FEATURE_OF_FORWARDING,
  FORWARDING_KINDS,
  type ForwardingKind,
  GREETINGS,
  MAX_AFTER_SECONDS,
  MIN_AFTER_SECONDS,
  myPhoneInputSchema,
  USER_LANGUAGES,
  type UserFeaturesDto,
  userFeaturesInputSchema,
} from '../../../core/telephony/features';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';

/** What the form edits: the user's settings (admin) or the self-service part of them (My phone). */
export type EditableFeatures = Pick<
  UserFeaturesDto,
  'dnd' | 'forwarding' | 'simultaneousRing' | 'profileName' | 'included'
> & {
  voicemail: {
    enabled: boolean;
    pinSet: boolean;
    greeting: UserFeaturesDto['voicemail']['greeting'];
    copyToEmail?: boolean;
  };
} & Partial<Pick<UserFeaturesDto, 'language' | 'callerId' | 'sequentialRing' | 'blf'>>;

type Values = {
  language: string;
  dnd: boolean;
  forwarding: UserFeaturesDto['forwarding'];
  voicemail: { enabled: boolean; copyToEmail: boolean; greeting: string; pin: string; removePin: boolean };
  callerId: string;
  simultaneousRing: UserFeaturesDto['simultaneousRing'];
  sequentialRing: UserFeaturesDto['sequentialRing'];
  blf: string[];
};

const valuesOf = (f: EditableFeatures): Values => ({
  language: f.language ?? 'nl',
  dnd: f.dnd,
  forwarding: structuredClone(f.forwarding),
  voicemail: {
    enabled: f.voicemail.enabled,
    copyToEmail: f.voicemail.copyToEmail ?? false,
    greeting: f.voicemail.greeting,
    pin: '',
    removePin: false,
  },
  callerId: f.callerId ?? 'own_number',
  simultaneousRing: structuredClone(f.simultaneousRing),
  sequentialRing: structuredClone(f.sequentialRing ?? { enabled: false, destinations: [], secondsEach: 20 }),
  blf: [...(f.blf ?? [])],
});

/**
 * A user's telephony features as a form: only what the profile includes can be switched on (the
 * rest is shown switched off, saying so with the profile's name). `self` is "My phone": forwarding,
 * DND, the voicemail PIN and greeting and simultaneous ring; the rest stays as it is.
 */
export function FeaturesForm({
  features,
  mode,
  colleagues = [],
  saving,
  readOnly = false,
  onSave,
}: {
  features: EditableFeatures;
  mode: 'admin' | 'self';
  /** Other users of the enterprise, for the BLF list. */
  colleagues?: { value: string; label: string }[];
  saving: boolean;
  readOnly?: boolean;
  onSave: (body: unknown, form: { fail: (e: unknown) => void; reset: () => void }) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>(valuesOf(features));
  const v = form.values;
  const has = (f: Feature) => features.included.includes(f);
  const notIn = (f: Feature) =>
    has(f) ? undefined : t('features.notInProfile', { profile: features.profileName });
  /** The issues of a list field and its items. */
  const listError = (path: string, count: number) =>
    [form.error(path), ...Array.from({ length: count }, (_, i) => form.error(`${path}.${i}`))]
      .filter(Boolean)
      .join('; ') || undefined;

  const setForwarding = (kind: ForwardingKind, change: Partial<Values['forwarding']['noAnswer']>) =>
    form.set('forwarding', { ...v.forwarding, [kind]: { ...v.forwarding[kind], ...change } });
  const setVoicemail = (change: Partial<Values['voicemail']>) =>
    form.set('voicemail', { ...v.voicemail, ...change });

  const onSubmit = form.submit(() => {
    const pin = v.voicemail.removePin ? null : v.voicemail.pin === '' ? undefined : v.voicemail.pin;
    const forwarding = {
      ...v.forwarding,
      noAnswer: { ...v.forwarding.noAnswer, afterSeconds: Number(v.forwarding.noAnswer.afterSeconds) },
    };
    const body =
      mode === 'self'
        ? form.validate(myPhoneInputSchema, {
            dnd: v.dnd,
            forwarding,
            voicemail: { pin, greeting: v.voicemail.greeting },
            simultaneousRing: v.simultaneousRing,
          })
        : form.validate(userFeaturesInputSchema, {
            language: v.language,
            dnd: v.dnd,
            forwarding,
            voicemail: {
              enabled: v.voicemail.enabled,
              pin,
              copyToEmail: v.voicemail.copyToEmail,
              greeting: v.voicemail.greeting,
            },
            callerId: v.callerId,
            simultaneousRing: v.simultaneousRing,
            sequentialRing: { ...v.sequentialRing, secondsEach: Number(v.sequentialRing.secondsEach) },
            blf: v.blf,
          });
    if (body) onSave(body, { fail: form.fail, reset: () => setVoicemail({ pin: '', removePin: false }) });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('userDetail.features')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('features.profileLine', { profile: features.profileName })}
        </Text>
        <Switch
          label={t('features.dnd')}
          description={notIn('do_not_disturb') ?? t('features.dndHint')}
          checked={v.dnd}
          disabled={!has('do_not_disturb') && !v.dnd}
          onChange={(e) => form.set('dnd', e.currentTarget.checked)}
          error={form.error('dnd')}
        />

        <Fieldset legend={t('features.forwarding')}>
          <Stack gap="sm">
            {FORWARDING_KINDS.map((kind) => {
              const entry = v.forwarding[kind];
              const feature = FEATURE_OF_FORWARDING[kind];
              const label = t(`features.forwardingKinds.${kind}`);
              return (
                <Group key={kind} align="flex-start" gap="sm" wrap="wrap">
                  <Switch
                    w={190}
                    mt={28}
                    label={label}
                    description={notIn(feature)}
                    checked={entry.enabled}
                    disabled={!has(feature) && !entry.enabled}
                    onChange={(e) => setForwarding(kind, { enabled: e.currentTarget.checked })}
                    error={form.error(`forwarding.${kind}.enabled`)}
                  />
                  <TextInput
                    style={{ flex: 1, minWidth: 200 }}
                    label={`${t('features.destination')} (${label.toLowerCase()})`}
                    placeholder={t('features.destinationHint')}
                    value={entry.destination}
                    disabled={!has(feature)}
                    onChange={(e) => setForwarding(kind, { destination: e.currentTarget.value })}
                    error={form.error(`forwarding.${kind}.destination`)}
                  />
                  {kind === 'noAnswer' && (
                    <NumberInput
                      w={130}
                      label={t('features.afterSeconds')}
                      min={MIN_AFTER_SECONDS}
                      max={MAX_AFTER_SECONDS}
                      allowDecimal={false}
                      disabled={!has(feature)}
                      value={v.forwarding.noAnswer.afterSeconds}
                      onChange={(value) => setForwarding('noAnswer', { afterSeconds: Number(value) })}
                      error={form.error('forwarding.noAnswer.afterSeconds')}
                    />
                  )}
                </Group>
              );
            })}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('features.voicemail')}>
          <Stack gap="sm">
            {mode === 'admin' && (
              <Group gap="xl">
                <Switch
                  label={t('features.voicemailOn')}
                  description={notIn('voicemail')}
                  checked={v.voicemail.enabled}
                  disabled={!has('voicemail') && !v.voicemail.enabled}
                  onChange={(e) => setVoicemail({ enabled: e.currentTarget.checked })}
                  error={form.error('voicemail.enabled')}
                />
                <Checkbox
                  label={t('features.copyToEmail')}
                  checked={v.voicemail.copyToEmail}
                  disabled={!has('voicemail')}
                  onChange={(e) => setVoicemail({ copyToEmail: e.currentTarget.checked })}
                />
              </Group>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('features.greeting')}
                data={GREETINGS.map((g) => ({ value: g, label: t(`features.greetings.${g}`) }))}
                value={v.voicemail.greeting}
                allowDeselect={false}
                disabled={!has('voicemail')}
                onChange={(value) => value && setVoicemail({ greeting: value })}
                error={form.error('voicemail.greeting')}
              />
              <PasswordInput
                label={t('features.pin')}
                description={`${t('features.pinHint')} ${features.voicemail.pinSet ? t('features.pinSet') : t('features.pinNotSet')}`}
                inputMode="numeric"
                autoComplete="off"
                maxLength={8}
                value={v.voicemail.pin}
                disabled={!has('voicemail') || v.voicemail.removePin}
                onChange={(e) => setVoicemail({ pin: e.currentTarget.value })}
                error={form.error('voicemail.pin')}
              />
            </SimpleGrid>
            {features.voicemail.pinSet && (
              <Checkbox
                label={t('features.removePin')}
                checked={v.voicemail.removePin}
                onChange={(e) => setVoicemail({ removePin: e.currentTarget.checked, pin: '' })}
              />
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('features.simultaneousRing')}>
          <Stack gap="sm">
            <Switch
              label={t('features.simultaneousRing')}
              description={notIn('simultaneous_ring')}
              checked={v.simultaneousRing.enabled}
              disabled={!has('simultaneous_ring') && !v.simultaneousRing.enabled}
              onChange={(e) =>
                form.set('simultaneousRing', { ...v.simultaneousRing, enabled: e.currentTarget.checked })
              }
              error={form.error('simultaneousRing.enabled')}
            />
            <TagsInput
              label={t('features.simultaneousNumbers')}
              value={v.simultaneousRing.numbers}
              disabled={!has('simultaneous_ring')}
              onChange={(numbers) => form.set('simultaneousRing', { ...v.simultaneousRing, numbers })}
              error={listError('simultaneousRing.numbers', v.simultaneousRing.numbers.length)}
            />
            <Checkbox
              label={t('features.notWhileOnCall')}
              checked={v.simultaneousRing.notWhileOnCall}
              disabled={!has('simultaneous_ring')}
              onChange={(e) =>
                form.set('simultaneousRing', {
                  ...v.simultaneousRing,
                  notWhileOnCall: e.currentTarget.checked,
                })
              }
            />
          </Stack>
        </Fieldset>

        {mode === 'admin' && (
          <>
            <Fieldset legend={t('features.sequentialRing')}>
              <Stack gap="sm">
                <Switch
                  label={t('features.sequentialRing')}
                  description={notIn('sequential_ring')}
                  checked={v.sequentialRing.enabled}
                  disabled={!has('sequential_ring') && !v.sequentialRing.enabled}
                  onChange={(e) =>
                    form.set('sequentialRing', { ...v.sequentialRing, enabled: e.currentTarget.checked })
                  }
                  error={form.error('sequentialRing.enabled')}
                />
                <Group align="flex-start" gap="sm">
                  <TagsInput
                    style={{ flex: 1, minWidth: 220 }}
                    label={t('features.sequentialDestinations')}
                    value={v.sequentialRing.destinations}
                    disabled={!has('sequential_ring')}
                    onChange={(destinations) =>
                      form.set('sequentialRing', { ...v.sequentialRing, destinations })
                    }
                    error={listError('sequentialRing.destinations', v.sequentialRing.destinations.length)}
                  />
                  <NumberInput
                    w={150}
                    label={t('features.secondsEach')}
                    min={MIN_AFTER_SECONDS}
                    max={MAX_AFTER_SECONDS}
                    allowDecimal={false}
                    disabled={!has('sequential_ring')}
                    value={v.sequentialRing.secondsEach}
                    onChange={(value) =>
                      form.set('sequentialRing', { ...v.sequentialRing, secondsEach: Number(value) })
                    }
                    error={form.error('sequentialRing.secondsEach')}
                  />
                </Group>
              </Stack>
            </Fieldset>

            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('features.callerId')}
                data={CALLER_ID_MODES.map((m) => ({ value: m, label: t(`features.callerIdModes.${m}`) }))}
                value={v.callerId}
                allowDeselect={false}
                onChange={(value) => value && form.set('callerId', value)}
                error={form.error('callerId')}
              />
              <Select
                label={t('features.language')}
                data={USER_LANGUAGES.map((l) => ({ value: l, label: t(`features.languages.${l}`) }))}
                value={v.language}
                allowDeselect={false}
                onChange={(value) => value && form.set('language', value)}
                error={form.error('language')}
              />
            </SimpleGrid>

            <MultiSelect
              label={t('features.blf')}
              description={notIn('busy_lamp_field') ?? t('features.blfHint')}
              placeholder={t('features.blfPick')}
              data={colleagues}
              value={v.blf}
              searchable
              disabled={!has('busy_lamp_field') && v.blf.length === 0}
              onChange={(blf) => form.set('blf', blf)}
              error={listError('blf', v.blf.length)}
            />
          </>
        )}

        <FormAlert message={form.general} />
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              {t('features.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
