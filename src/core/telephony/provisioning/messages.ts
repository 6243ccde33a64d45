import { defineTexts } from '../../messages/texts';

/** Issues of the provisioning form's import (guide §2.3). */
export const PROVISIONING_ISSUES = defineTexts({
  cell_formula: {
    nl: 'is een formule; het formulier bevat alleen waarden',
    en: 'is a formula; the form holds values only',
  },
  column_unknown: {
    nl: 'is geen kolom van het blad {sheet} (kolommen: {columns})',
    en: 'is not a column of the sheet {sheet} (columns: {columns})',
  },
  column_missing: {
    nl: 'ontbreekt: het blad {sheet} heeft deze kolom nodig',
    en: 'is missing: the sheet {sheet} needs this column',
  },
  column_twice: { nl: 'staat twee keer in de kopregel', en: 'appears twice in the header' },
  row_width: {
    nl: 'de regel heeft {count} cellen, de kopregel {expected}',
    en: 'the row has {count} cells, the header {expected}',
  },
  duplicate_in_file: {
    nl: 'staat ook in regel {row} van dit bestand',
    en: 'is also in row {row} of this file',
  },
  site_unknown: {
    nl: 'is geen locatie van dit bedrijf (locaties gaan op naam)',
    en: 'is not a site of this enterprise (sites go by name)',
  },
  profile_unknown: {
    nl: 'is geen profiel; kies uit {options}',
    en: 'is not a profile; choose from {options}',
  },
  user_unknown: {
    nl: 'is het e-mailadres van geen gebruiker van dit bedrijf',
    en: 'is the e-mail address of no user of this enterprise',
  },
  number_assign_on_users: {
    nl: 'een nummer wordt op het blad gebruikers aan iemand toegewezen, niet hier',
    en: 'a number is assigned to someone on the users sheet, not here',
  },
  state_unknown: {
    nl: 'is geen status; kies uit {options}',
    en: 'is not a state; choose from {options}',
  },
  import_empty: { nl: 'Het bestand bevat geen regels.', en: 'The file holds no rows.' },
  import_not_csv: {
    nl: 'Het bestand is geen CSV-tekst (UTF-8).',
    en: 'The file is not CSV text (UTF-8).',
  },
  import_not_xlsx: {
    nl: 'Het bestand is geen Excel-werkmap (.xlsx).',
    en: 'The file is not an Excel workbook (.xlsx).',
  },
  import_too_many_rows: {
    nl: 'Het bestand heeft meer dan {max} regels; splits het op.',
    en: 'The file has more than {max} rows; split it up.',
  },
  import_sheet_required: {
    nl: 'Een CSV-bestand is één blad: noem het met ?sheet= (sites, users, numbers of devices).',
    en: 'A CSV file is one sheet: name it with ?sheet= (sites, users, numbers or devices).',
  },
  import_no_sheet: {
    nl: 'De werkmap heeft geen blad met een bekende naam (sites, users, numbers, devices).',
    en: 'The workbook has no sheet with a known name (sites, users, numbers, devices).',
  },
  csv_syntax: {
    nl: 'is geen geldige CSV (een aanhalingsteken staat open of verkeerd)',
    en: 'is no valid CSV (a quote is open or misplaced)',
  },
  import_media_type: {
    nl: 'Stuur het bestand als text/csv of als Excel-werkmap (.xlsx).',
    en: 'Send the file as text/csv or as an Excel workbook (.xlsx).',
  },
  too_many_columns: {
    nl: 'de kopregel heeft meer dan {max} kolommen',
    en: 'the header has more than {max} columns',
  },
  csv_record_too_long: {
    nl: 'de regel is langer dan 1 MiB',
    en: 'the row is longer than 1 MiB',
  },
  ownership_unknown: {
    nl: 'is geen eigendom; kies uit {options}',
    en: 'is not an ownership; choose from {options}',
  },
  date_format: { nl: 'is geen datum als 2026-02-01', en: 'is not a date like 2026-02-01' },
  switch_unknown: {
    nl: 'is geen ja of nee; kies uit {options}',
    en: 'is not a yes or no; choose from {options}',
  },
  seconds_range: {
    nl: 'moet een geheel aantal seconden van {min} tot en met {max} zijn',
    en: 'must be a whole number of seconds from {min} to {max}',
  },
  caller_id_unknown: {
    nl: 'is geen nummerweergave; kies uit {options}',
    en: 'is not a caller ID; choose from {options}',
  },
  cell_too_long: { nl: 'is langer dan {max} tekens', en: 'is longer than {max} characters' },
});
