import { defineMessages } from '../define';

const nl = {
  app: { tagline: 'Centrale — zakelijke telefonie in de cloud' },
  common: {
    cancel: 'Annuleren',
    edit: 'Wijzigen',
    remove: 'Verwijderen',
    save: 'Opslaan',
    loading: 'Laden…',
    retry: 'Opnieuw proberen',
    showPassword: 'Wachtwoord tonen of verbergen',
    on: 'Aan',
    off: 'Uit',
  },
  language: { label: 'Taal', nl: 'Nederlands', en: 'English' },
  nav: {
    label: 'Hoofdnavigatie',
    toggle: 'Menu openen of sluiten',
    groups: { provider: 'Provider', partner: 'Partner', enterprise: 'Klant', self: 'Mijn account' },
    home: 'Start',
  },
  navDescriptions: {
    home: 'De startpagina.',
  },
  table: {
    search: 'Zoeken',
    searchPlaceholder: 'Zoek op naam…',
    actions: 'Acties',
    actionsFor: 'Acties voor {{name}}',
    sortBy: 'Sorteer op {{column}}',
    empty: 'Niets gevonden.',
    count_one: '{{count}} rij getoond',
    count_other: '{{count}} rijen getoond',
    more: '(er zijn er meer)',
    loadMore: 'Meer laden',
    export: 'Exporteer CSV',
    exporting: 'Bezig met exporteren',
    exportProgress_one: '{{count}} rij opgehaald…',
    exportProgress_other: '{{count}} rijen opgehaald…',
  },
  secret: {
    onceWarning: 'Dit wordt maar één keer getoond. Bewaar het nu op een veilige plek.',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    done: 'Ik heb het bewaard',
  },
  switcher: { label: 'Klant kiezen', placeholder: 'Kies een klant…', nothing: 'Geen klant gevonden' },
  user: { menu: 'Accountmenu van {{name}}', logout: 'Uitloggen' },
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet, of u heeft er geen toegang toe.',
    home: 'Naar de startpagina',
  },
  home: {
    welcome: 'Welkom, {{name}}',
    chooseCustomer: 'Kies bovenaan een klant om de locaties, gebruikers en accounts te zien.',
    security: 'Beveiliging',
    totpOn: 'Tweestapsverificatie staat aan.',
    totpOff: 'Tweestapsverificatie staat uit. Zet het aan onder Mijn profiel.',
    passwordExpires: 'Uw wachtwoord verloopt op {{date}}.',
  },
  training: {
    bannerTitle: 'Alleen lezen tot uw training is geregistreerd',
    bannerText:
      'U kunt alles in het portaal bekijken, maar nog niets wijzigen. Wijzigen kan zodra uw Telecom Manager-training is geregistreerd (dienstbeschrijving §2.2). Neem contact op met uw provider om de training te plannen.',
  },
};

const en = {
  app: { tagline: 'Centrale — business telephony in the cloud' },
  common: {
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Remove',
    save: 'Save',
    loading: 'Loading…',
    retry: 'Try again',
    showPassword: 'Show or hide the password',
    on: 'On',
    off: 'Off',
  },
  language: { label: 'Language', nl: 'Nederlands', en: 'English' },
  nav: {
    label: 'Main navigation',
    toggle: 'Open or close the menu',
    groups: { provider: 'Provider', partner: 'Partner', enterprise: 'Customer', self: 'My account' },
    home: 'Home',
  },
  navDescriptions: {
    home: 'The start page.',
  },
  table: {
    search: 'Search',
    searchPlaceholder: 'Search by name…',
    actions: 'Actions',
    actionsFor: 'Actions for {{name}}',
    sortBy: 'Sort by {{column}}',
    empty: 'Nothing found.',
    count_one: '{{count}} row shown',
    count_other: '{{count}} rows shown',
    more: '(there are more)',
    loadMore: 'Load more',
    export: 'Export CSV',
    exporting: 'Exporting',
    exportProgress_one: '{{count}} row fetched…',
    exportProgress_other: '{{count}} rows fetched…',
  },
  secret: {
    onceWarning: 'This is shown only once. Store it somewhere safe now.',
    copy: 'Copy',
    copied: 'Copied',
    done: 'I have stored it',
  },
  switcher: { label: 'Choose a customer', placeholder: 'Choose a customer…', nothing: 'No customer found' },
  user: { menu: 'Account menu of {{name}}', logout: 'Log out' },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist, or you have no access to it.',
    home: 'Go to the home page',
  },
  home: {
    welcome: 'Welcome, {{name}}',
    chooseCustomer: 'Choose a customer at the top to see its sites, users and accounts.',
    security: 'Security',
    totpOn: 'Two-factor authentication is on.',
    totpOff: 'Two-factor authentication is off. Switch it on under My profile.',
    passwordExpires: 'Your password expires on {{date}}.',
  },
  training: {
    bannerTitle: 'Read-only until your training is recorded',
    bannerText:
      'You can view everything in the portal but not change anything yet. Changes become possible once your Telecom Manager training is recorded (service guide §2.2). Contact your provider to schedule the training.',
  },
};

export const common = defineMessages(nl, en);
