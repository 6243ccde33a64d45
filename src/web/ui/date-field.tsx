import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import 'dayjs/locale/nl';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/language';
import { DAY_FORMATS, parseDay } from './dates';

type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate'
> & {
  /** The ISO day (YYYY-MM-DD), or '' for none. */
  value: string;
  onChange: (day: string) => void;
  /**
   * The first and last day the calendar offers. A typed day outside them is still taken, so
   * that the form can say what is wrong instead of the field silently keeping the old day.
   */
  minDate?: string;
  maxDate?: string;
};

/**
 * The portal's one date field: shows and reads the day in the portal's language (Dutch
 * dd-mm-jjjj, English dd/mm/yyyy), whatever the browser's locale, where `<input type="date">`
 * would show mm/dd/yyyy. Typed by keyboard (also 27112026 or an ISO day); a calendar opens
 * beside it for the mouse, and Escape closes it. The value is the ISO day.
 */
export function DateField({ value, onChange, minDate, maxDate, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'nl';
  const format = DAY_FORMATS[language];
  // While the calendar is open, Escape closes only the calendar, not the dialog around the field.
  const [calendarOpen, setCalendarOpen] = useState(false);
  return (
    <DateInput
      valueFormat={format.display}
      placeholder={format.placeholder}
      dateParser={parseDay}
      locale={language}
      firstDayOfWeek={1}
      leftSection={<IconCalendar size={16} aria-hidden="true" />}
      excludeDate={(day) =>
        (minDate !== undefined && day < minDate) || (maxDate !== undefined && day > maxDate)
      }
      ariaLabels={{
        previousMonth: t('dates.previousMonth'),
        nextMonth: t('dates.nextMonth'),
        previousYear: t('dates.previousYear'),
        nextYear: t('dates.nextYear'),
        previousDecade: t('dates.previousDecade'),
        nextDecade: t('dates.nextDecade'),
        monthLevelControl: t('dates.chooseMonth'),
        yearLevelControl: t('dates.chooseYear'),
      }}
      {...props}
      popoverProps={{
        ...props.popoverProps,
        onOpen: () => setCalendarOpen(true),
        onClose: () => setCalendarOpen(false),
      }}
      data-mantine-stop-propagation={calendarOpen ? 'true' : undefined}
      value={value === '' ? null : value}
      onChange={(day) => onChange(day ?? '')}
    />
  );
}
