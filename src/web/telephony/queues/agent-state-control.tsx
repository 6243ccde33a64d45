import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGENT_STATES,
  type AgentState,
  UNAVAILABLE_REASONS,
  type UnavailableReason,
} from '../../../core/telephony/agent-states';

/**
 * Choose a state (and for unavailable a reason) and apply it: one row of the board, or the agent's
 * own on My phone. Labelled for the agent it is for, so a keyboard or screen-reader user knows.
 */
export function AgentStateControl({
  state,
  reason,
  name,
  saving,
  onChange,
}: {
  state: AgentState;
  reason: UnavailableReason | null;
  name: string;
  saving: boolean;
  onChange: (next: { state: AgentState; reason: UnavailableReason | null }) => void;
}) {
  const { t } = useTranslation();
  const [next, setNext] = useState<AgentState>(state);
  const [why, setWhy] = useState<UnavailableReason | null>(reason ?? 'break');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ state: next, reason: next === 'unavailable' ? why : null });
      }}
    >
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <Select
          aria-label={t('agentBoard.stateFor', { name })}
          allowDeselect={false}
          data={AGENT_STATES.map((value) => ({ value, label: t(`agentStates.${value}`) }))}
          value={next}
          onChange={(value) => value && setNext(value as AgentState)}
          w={170}
        />
        {next === 'unavailable' && (
          <Select
            aria-label={t('agentBoard.reasonFor', { name })}
            allowDeselect={false}
            data={UNAVAILABLE_REASONS.map((value) => ({ value, label: t(`agentReasons.${value}`) }))}
            value={why}
            onChange={(value) => value && setWhy(value as UnavailableReason)}
            w={200}
          />
        )}
        <Button
          type="submit"
          variant="light"
          loading={saving}
          aria-label={t('agentBoard.changeFor', { name })}
        >
          {t('agentBoard.change')}
        </Button>
      </Group>
    </form>
  );
}
