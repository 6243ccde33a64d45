import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DAY_MINUTES, type Period, periodsText, spanOf, WEEKDAYS } from './schedule-view';

const TICKS = [0, 6, 12, 18, 24];

/**
 * The week drawn: seven rows of 24-hour bars, each period a filled stretch. Drawn from the
 * periods as they are being edited (one not yet a valid time is left out); each row says its
 * hours in words for screen readers.
 */
export function WeeklyStrip({ weekly }: { weekly: readonly Period[] }) {
  const { t } = useTranslation();
  return (
    <div className="schedule-strip">
      <div className="schedule-strip-axis" aria-hidden="true">
        <span />
        <div className="schedule-strip-ticks">
          {TICKS.map((h) => (
            <span key={h} style={{ left: `${(h / 24) * 100}%` }}>
              {h}
            </span>
          ))}
        </div>
      </div>
      <ul className="schedule-strip-rows" aria-label={t('schedules.strip.label')}>
        {WEEKDAYS.map((day) => {
          const periods = weekly.filter((p) => p.weekday === day);
          const valid = periods.filter((p) => spanOf(p.start, p.end) !== null);
          const text = periodsText(valid) || t('schedules.strip.closed');
          return (
            <li key={day} className="schedule-strip-row">
              <Text size="sm" className="schedule-strip-day" aria-hidden="true">
                {t(`weekdays.short.${day}`)}
              </Text>
              <div className="schedule-strip-track" aria-hidden="true" title={text}>
                {valid.map((p) => {
                  const [s, e] = spanOf(p.start, p.end) ?? [0, 0];
                  return (
                    <span
                      key={`${p.start}-${p.end}`}
                      className="schedule-strip-period"
                      style={{
                        left: `${(s / DAY_MINUTES) * 100}%`,
                        width: `${((e - s) / DAY_MINUTES) * 100}%`,
                      }}
                      title={`${p.start}–${p.end}`}
                    />
                  );
                })}
              </div>
              <VisuallyHidden>
                {t(`weekdays.long.${day}`)}: {text}
              </VisuallyHidden>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
