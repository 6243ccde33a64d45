import Holidays from 'date-holidays';

/** A text in both languages of the portal. */
export type Bilingual = { nl: string; en: string };

/** One Dutch public holiday: its local date (YYYY-MM-DD), a stable key and its name. */
export type PublicHoliday = { date: string; key: string; name: Bilingual };

const NL = new Holidays('NL');

const keyOf = (english: string): string =>
  english
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const cache = new Map<number, readonly PublicHoliday[]>();

/**
 * The Dutch public holidays of a year, as `date-holidays` types them (type `public` only): New
 * Year's Day, Easter Sunday and Monday, King's Day (27 April, the Saturday before when that is a
 * Sunday), Ascension Day, Pentecost and Whit Monday, Christmas and Boxing Day. Good Friday and
 * Liberation Day are not among them: the library types them `school`, not `public`.
 */
export function dutchPublicHolidays(year: number): readonly PublicHoliday[] {
  const known = cache.get(year);
  if (known) return known;
  const dutch = NL.getHolidays(year, 'nl').filter((h) => h.type === 'public');
  const english = NL.getHolidays(year, 'en').filter((h) => h.type === 'public');
  const list = dutch.map((h, i): PublicHoliday => {
    const en = english[i]?.name ?? h.name;
    return { date: h.date.slice(0, 10), key: keyOf(en), name: { nl: h.name, en } };
  });
  cache.set(year, list);
  return list;
}

/** The public holiday on a local date (YYYY-MM-DD), if any. */
export function dutchPublicHolidayOn(date: string): PublicHoliday | undefined {
  return dutchPublicHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}

/**
 * The days the provider may close (issue 11): Good Friday and Liberation Day (date-holidays types
 * them `school`) and New Year's Eve (`bank`). They are working days unless the provider adds a
 * closure on them; their keys are those of their English names.
 */
export const OPTIONAL_HOLIDAY_KEYS: readonly string[] = ['good-friday', 'liberation-day', 'new-years-eve'];

const optionalCache = new Map<number, readonly PublicHoliday[]>();

/** The optional days of a year (Good Friday, Liberation Day, 31 December), in date order. */
export function dutchOptionalDays(year: number): readonly PublicHoliday[] {
  const known = optionalCache.get(year);
  if (known) return known;
  const dutch = NL.getHolidays(year, 'nl');
  const english = NL.getHolidays(year, 'en');
  const list = english.flatMap((h, i): PublicHoliday[] => {
    const key = keyOf(h.name);
    if (h.type === 'public' || !OPTIONAL_HOLIDAY_KEYS.includes(key)) return [];
    return [{ date: h.date.slice(0, 10), key, name: { nl: dutch[i]?.name ?? h.name, en: h.name } }];
  });
  optionalCache.set(year, list);
  return list;
}
