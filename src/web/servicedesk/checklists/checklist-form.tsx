import { ActionIcon, Button, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ChecklistDefinition, LED_STATES, type LedState } from '../../../core/servicedesk/checklists';

export type Led = { name: string; state: LedState };
export type ChecklistValues = {
  siteId: string | null;
  yesNo: Record<string, { answer: '' | 'yes' | 'no'; note: string }>;
  leds: Record<string, Led[]>;
};
export const EMPTY_CHECKLIST: ChecklistValues = { siteId: null, yesNo: {}, leds: {} };

/** The API's checklist object from the form (unanswered steps left out, so the API says "required"). */
export function checklistBody(definition: ChecklistDefinition, v: ChecklistValues) {
  const answers: Record<string, unknown> = {};
  for (const step of definition.steps) {
    if (step.kind === 'yes_no') {
      const a = v.yesNo[step.id];
      if (a && a.answer !== '')
        answers[step.id] = { answer: a.answer === 'yes', ...(a.note.trim() ? { note: a.note } : {}) };
    } else {
      const leds = (v.leds[step.id] ?? []).filter((l) => l.name.trim() !== '');
      if (leds.length > 0 || !step.requiredWhen) answers[step.id] = leds;
    }
  }
  return { checklist: definition.key, version: definition.version, siteId: v.siteId ?? '', answers };
}

/**
 * The steps of a checklist, from its definition: yes/no questions with a note, and the router's
 * LEDs by name and state; a step asked only after an earlier answer shows when that answer is given.
 */
export function ChecklistForm({
  definition,
  value,
  onChange,
  sites,
  errorAt,
}: {
  definition: ChecklistDefinition;
  value: ChecklistValues;
  onChange: (next: ChecklistValues) => void;
  sites: { value: string; label: string }[];
  /** The issue text at an API path relative to the checklist (`answers.power`, `siteId`). */
  errorAt: (path: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const setYesNo = (id: string, patch: Partial<{ answer: '' | 'yes' | 'no'; note: string }>) =>
    onChange({
      ...value,
      yesNo: { ...value.yesNo, [id]: { answer: '', note: '', ...value.yesNo[id], ...patch } },
    });
  const setLeds = (id: string, leds: Led[]) => onChange({ ...value, leds: { ...value.leds, [id]: leds } });
  return (
    <Stack maw={720}>
      <Select
        label={t('checklist.site')}
        data={sites}
        value={value.siteId}
        onChange={(v) => onChange({ ...value, siteId: v })}
        error={errorAt('siteId')}
        required
      />
      {definition.steps.map((step, index) => {
        const condition = step.requiredWhen;
        if (condition) {
          const given = value.yesNo[condition.step]?.answer;
          if (given !== (condition.answer ? 'yes' : 'no')) return null;
        }
        const label = `${index + 1}. ${step.label[lang]}`;
        if (step.kind === 'yes_no') {
          const a = value.yesNo[step.id] ?? { answer: '', note: '' };
          return (
            <Stack key={step.id} gap={4}>
              <Radio.Group
                label={label}
                description={step.hint?.[lang]}
                value={a.answer}
                onChange={(v) => setYesNo(step.id, { answer: v as 'yes' | 'no' })}
                error={errorAt(`answers.${step.id}`)}
                required
              >
                <Group mt={4}>
                  <Radio value="yes" label={t('wizard.yes')} />
                  <Radio value="no" label={t('wizard.no')} />
                </Group>
              </Radio.Group>
              <TextInput
                size="xs"
                aria-label={t('checklist.noteFor', { step: index + 1 })}
                placeholder={t('checklist.note')}
                value={a.note}
                onChange={(e) => setYesNo(step.id, { note: e.currentTarget.value })}
              />
            </Stack>
          );
        }
        const leds = value.leds[step.id] ?? [];
        return (
          <Stack key={step.id} gap={4}>
            <Text size="sm" fw={500}>
              {label}
            </Text>
            {step.hint && (
              <Text size="xs" c="dimmed">
                {step.hint[lang]}
              </Text>
            )}
            {leds.map((led, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position
              <Group key={i} gap="xs" align="flex-start">
                <TextInput
                  aria-label={t('checklist.ledName', { n: i + 1 })}
                  placeholder={t('checklist.ledNamePlaceholder')}
                  value={led.name}
                  onChange={(e) =>
                    setLeds(
                      step.id,
                      leds.map((l, j) => (j === i ? { ...l, name: e.currentTarget.value } : l)),
                    )
                  }
                  error={errorAt(`answers.${step.id}.${i}.name`)}
                  w={160}
                />
                <Select
                  aria-label={t('checklist.ledState', { n: i + 1 })}
                  data={LED_STATES.map((s) => ({ value: s, label: t(`checklist.states.${s}`) }))}
                  value={led.state}
                  onChange={(v) =>
                    setLeds(
                      step.id,
                      leds.map((l, j) => (j === i ? { ...l, state: (v ?? 'on') as LedState } : l)),
                    )
                  }
                  allowDeselect={false}
                  w={140}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('checklist.removeLed', { n: i + 1 })}
                  onClick={() =>
                    setLeds(
                      step.id,
                      leds.filter((_, j) => j !== i),
                    )
                  }
                  mt={6}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                size="xs"
                variant="light"
                onClick={() => setLeds(step.id, [...leds, { name: '', state: 'on' }])}
              >
                {t('checklist.addLed')}
              </Button>
            </Group>
            {errorAt(`answers.${step.id}`) && (
              <Text size="xs" c="red">
                {errorAt(`answers.${step.id}`)}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
