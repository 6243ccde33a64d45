import { defineMessages } from '../../i18n/define';

const nl = {
  nav: { provisioning: 'Provisioningsformulier' },
  navDescriptions: {
    provisioning: 'Locaties, gebruikers, nummers en toestellen in één keer inlezen of exporteren.',
  },
  provisioning: {
    title: 'Provisioningsformulier',
    description:
      'Lees locaties, gebruikers (met toestelnummer en nummers) nummers en toestellen van {{enterprise}} in één keer in, of exporteer ze. Eerst ziet u wat er verandert; daarna past u alles in één keer toe, of niets.',
    sheet: 'Blad',
    filter: 'Zoek in de regels…',
    format: 'Bestandsformaat',
    sheets: {
      sites: 'Locaties',
      users: 'Gebruikers',
      numbers: 'Nummers',
      devices: 'Toestellen',
      all: 'Alle bladen',
    },
    download: { title: 'Downloaden', template: 'Leeg sjabloon', export: 'Exporteren' },
    upload: {
      title: 'Inlezen',
      hint: 'Een CSV-bestand (komma of puntkomma) is één blad; een Excel-werkmap mag alle bladen bevatten. Tot 20 MiB.',
      file: 'Bestand',
      choose: 'Kies een CSV- of Excel-bestand',
      check: 'Controleren',
      sending: 'Versturen… {{percent}}%',
      progress: 'Voortgang van het versturen',
      processing: 'Het bestand wordt gecontroleerd…',
    },
    errors: {
      title_one: 'Het bestand bevat {{count}} fout',
      title_other: 'Het bestand bevat {{count}} fouten',
      nothingChanged: 'Er is niets ingelezen. Verbeter de regels hieronder en probeer het opnieuw.',
      table: 'Fouten in het bestand',
    },
    plan: {
      title: 'Dit verandert er (nog niets toegepast)',
      counts: '{{create}} nieuw, {{update}} gewijzigd, {{unchanged}} ongewijzigd.',
      newSipLines:
        '{{count}} nieuwe toestellijn(en) krijgen SIP-gegevens. Wachtwoorden worden niet geëxporteerd: stel ze in op de pagina Toestellen met "Nieuw SIP-wachtwoord".',
      apply: 'Toepassen',
      table: 'Wat het inlezen verandert',
    },
    applied: 'Ingelezen: {{create}} nieuw, {{update}} gewijzigd.',
    actions: { create: 'Nieuw', update: 'Gewijzigd', unchanged: 'Ongewijzigd' },
    columns: {
      sheet: 'Blad',
      row: 'Regel',
      column: 'Kolom',
      message: 'Wat er mis is',
      key: 'Wie of wat',
      action: 'Actie',
      changes: 'Kolommen die veranderen',
    },
  },
};

const en: typeof nl = {
  nav: { provisioning: 'Provisioning form' },
  navDescriptions: { provisioning: 'Import or export sites, users, numbers and devices in one go.' },
  provisioning: {
    title: 'Provisioning form',
    description:
      'Import sites, users (with their extension and numbers), numbers and devices of {{enterprise}} in one go, or export them. First you see what changes; then everything is applied at once, or nothing.',
    sheet: 'Sheet',
    filter: 'Search the rows…',
    format: 'File format',
    sheets: {
      sites: 'Sites',
      users: 'Users',
      numbers: 'Numbers',
      devices: 'Devices',
      all: 'All sheets',
    },
    download: { title: 'Download', template: 'Empty template', export: 'Export' },
    upload: {
      title: 'Import',
      hint: 'A CSV file (comma or semicolon) is one sheet; an Excel workbook may hold every sheet. Up to 20 MiB.',
      file: 'File',
      choose: 'Choose a CSV or Excel file',
      check: 'Check',
      sending: 'Sending… {{percent}}%',
      progress: 'Progress of the upload',
      processing: 'The file is being checked…',
    },
    errors: {
      title_one: 'The file has {{count}} error',
      title_other: 'The file has {{count}} errors',
      nothingChanged: 'Nothing was imported. Correct the rows below and try again.',
      table: 'Errors in the file',
    },
    plan: {
      title: 'This is what changes (nothing applied yet)',
      counts: '{{create}} new, {{update}} changed, {{unchanged}} unchanged.',
      newSipLines:
        '{{count}} new device line(s) get SIP credentials. Passwords are not exported: set them on the devices page with "New SIP password".',
      apply: 'Apply',
      table: 'What the import changes',
    },
    applied: 'Imported: {{create}} new, {{update}} changed.',
    actions: { create: 'New', update: 'Changed', unchanged: 'Unchanged' },
    columns: {
      sheet: 'Sheet',
      row: 'Row',
      column: 'Column',
      message: 'What is wrong',
      key: 'Who or what',
      action: 'Action',
      changes: 'Columns that change',
    },
  },
};

export const provisioningMessages = defineMessages(nl, en);
