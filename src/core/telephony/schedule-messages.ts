import { defineTexts } from '../messages/texts';

/** Issues of schedules (opening hours, closures, openings). */
export const SCHEDULE_ISSUES = defineTexts({
  schedule_time_format: {
    nl: 'moet een tijd zijn als 08:30 (uren 00–23, minuten 00–59)',
    en: 'must be a time such as 08:30 (hours 00–23, minutes 00–59)',
  },
  schedule_time_24: {
    nl: 'bestaat niet: schrijf een periode tot middernacht met als eindtijd 00:00',
    en: 'is not a time: write a period until midnight with 00:00 as its end',
  },
  schedule_period_inverted: {
    nl: 'moet na de begintijd liggen (of 00:00 zijn: tot middernacht)',
    en: 'must be after the start (or 00:00: until midnight)',
  },
  schedule_period_overlap: {
    nl: 'overlapt met een andere periode op dezelfde dag ({other})',
    en: 'overlaps another period on the same day ({other})',
  },
  schedule_time_zone: {
    nl: 'is geen bekende tijdzone (IANA, zoals Europe/Amsterdam)',
    en: 'is not a known time zone (IANA, such as Europe/Amsterdam)',
  },
  schedule_date: { nl: 'moet een bestaande datum zijn (JJJJ-MM-DD)', en: 'must be a real date (YYYY-MM-DD)' },
  schedule_range_inverted: {
    nl: 'moet op of na het begin liggen',
    en: 'must be on or after the start',
  },
  schedule_times_pair: {
    nl: 'geef begin- én eindtijd, of geen van beide (hele dagen)',
    en: 'give both a start and an end time, or neither (whole days)',
  },
  schedule_local_time_missing: {
    nl: 'bestaat niet op {date} in {timeZone}: de klok gaat dan vooruit',
    en: 'does not exist on {date} in {timeZone}: the clocks go forward then',
  },
  schedule_month_day: {
    nl: 'bestaat niet in die maand',
    en: 'does not exist in that month',
  },
  schedule_name_taken: {
    nl: 'is al de naam van een ander tijdschema van dit bedrijf',
    en: 'is already the name of another schedule of this enterprise',
  },
  schedule_site_enterprise_wide: {
    nl: 'een locatiebeheerder maakt alleen tijdschema’s voor de eigen locaties',
    en: 'a site admin makes schedules for its own sites only',
  },
});
