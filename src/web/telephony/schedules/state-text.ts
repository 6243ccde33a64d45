import type { TFunction } from 'i18next';
import type { ScheduleStateDto } from '../../../core/telephony/schedules';

/** "open", "gesloten", "feestdag: Tweede Kerstdag", "sluiting: Bedrijfsdag". */
export function stateText(t: TFunction, state: ScheduleStateDto | undefined): string {
  if (!state) return t('schedules.states.unknown');
  return t(`schedules.states.${state.state}`, { name: state.name ?? '' });
}
