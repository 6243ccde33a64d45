import { defineMessages } from '../../i18n/define';

const nl = {
  nav: { callSettings: 'Telefonie-instellingen' },
  navDescriptions: {
    callSettings: 'Naam- en nummerweergave, doorverbinden en de berichten bij wachtrijen.',
  },
  callSettings: {
    title: 'Telefonie-instellingen',
    description:
      'Wat er voor {{enterprise}} met uitgaande gesprekken meegaat, hoe er wordt doorverbonden en welke teksten wachtrijen standaard gebruiken.',
    saved: 'De telefonie-instellingen zijn opgeslagen.',
    readOnly: 'U kunt deze instellingen bekijken, niet wijzigen.',
    presentation: {
      title: 'Naam- en nummerweergave',
      description:
        'Gebruikers die het hoofdnummer tonen, bellen uit met dit nummer en deze naam; een locatie kan een eigen hoofdnummer en naam hebben. Een hoofdnummer is een nummer uit het nummerplan (ook een toegewezen nummer).',
      displayName: 'Weergavenaam',
      mainNumber: 'Hoofdnummer',
      mainNumberPlaceholder: 'Zoek een nummer uit het nummerplan',
      noMainNumber: 'Geen hoofdnummer',
      sitesTitle: 'Per locatie',
      site: 'Locatie',
      siteMainNumber: 'Eigen hoofdnummer',
      siteDisplayName: 'Eigen weergavenaam',
      siteMainNumberOf: 'Eigen hoofdnummer van {{site}}',
      siteDisplayNameOf: 'Eigen weergavenaam van {{site}}',
      siteNone: 'Zoals de klant',
      addSite: 'Locatie toevoegen',
      addSitePlaceholder: 'Kies een locatie',
      removeSite: 'Eigen instelling van {{site}} verwijderen',
      noSites: 'Alle locaties volgen de instelling van de klant.',
      numberState: {
        free: 'vrij',
        reserved: 'gereserveerd',
        porting: 'wordt geporteerd',
        assigned: 'toegewezen aan {{name}}',
        assignedNoName: 'toegewezen',
      },
    },
    preview: {
      title: 'Voorbeeld',
      description:
        'Wat een uitgaand gesprek van een gebruiker laat zien, met de instellingen hierboven (ook niet-opgeslagen).',
      user: 'Gebruiker',
      userPlaceholder: 'Kies een gebruiker',
      shows: 'Een gesprek van {{user}} toont',
      withheld: 'Anoniem: nummer en naam worden niet getoond',
      network: 'Het netwerk (en 112) krijgt wel: {{number}} ({{name}})',
      noNumber: 'geen nummer',
      mode: {
        own_number: 'Eigen nummer',
        main_number: 'Hoofdnummer',
        anonymous: 'Anoniem',
      },
      source: {
        user: 'eigen nummer van de gebruiker',
        site: 'hoofdnummer van de locatie',
        enterprise: 'hoofdnummer van de klant',
        none: 'er is geen nummer',
      },
    },
    transfer: {
      title: 'Doorverbinden',
      description:
        'Hoe gebruikers gesprekken doorverbinden. Doorverbinden naar een extern nummer is een uitgaand gesprek van wie doorverbindt: diens belrestricties beslissen.',
      blind: 'Direct doorverbinden (zonder aankondiging)',
      attended: 'Doorverbinden met aankondiging',
      outside: 'Doorverbinden naar externe nummers',
      recallSeconds: 'Terugbellen na (seconden)',
      recallDescription:
        '0 = niet terugbellen; anders 10 tot 300 seconden zonder antwoord na direct doorverbinden.',
    },
    queueMessages: {
      title: 'Wachtrijberichten',
      description:
        'De teksten die een wachtrij zonder eigen teksten gebruikt; ze worden later voorgelezen. Maximaal 500 tekens, zonder stuurtekens.',
      welcome: 'Welkom',
      comfort: 'Tijdens het wachten',
      position: 'Positie in de wachtrij',
      positionDescription: '{position} wordt vervangen door de plaats van de beller.',
      overflow: 'Bij overloop',
      closed: 'Gesloten (nacht en feestdagen)',
      restore: 'Standaardteksten terugzetten',
    },
  },
  audit: {
    entityTypes: { call_settings: 'Telefonie-instellingen' },
    fields: {
      call_settings: {
        displayName: 'Weergavenaam',
        mainNumber: 'Hoofdnummer',
        sites: 'Per locatie',
        transfer: 'Doorverbinden',
        queueMessages: 'Wachtrijberichten',
      },
    },
  },
};

const en: typeof nl = {
  nav: { callSettings: 'Telephony settings' },
  navDescriptions: {
    callSettings: 'Name and number presentation, transfer and the messages of queues.',
  },
  callSettings: {
    title: 'Telephony settings',
    description:
      'What leaves with outgoing calls of {{enterprise}}, how calls are transferred and which texts queues use by default.',
    saved: 'The telephony settings have been saved.',
    readOnly: 'You can view these settings, not change them.',
    presentation: {
      title: 'Name and number presentation',
      description:
        'Users who present the main number call out with this number and name; a site may have a main number and name of its own. A main number is a number of the number plan (an assigned one too).',
      displayName: 'Display name',
      mainNumber: 'Main number',
      mainNumberPlaceholder: 'Search a number of the number plan',
      noMainNumber: 'No main number',
      sitesTitle: 'Per site',
      site: 'Site',
      siteMainNumber: 'Own main number',
      siteDisplayName: 'Own display name',
      siteMainNumberOf: 'Own main number of {{site}}',
      siteDisplayNameOf: 'Own display name of {{site}}',
      siteNone: 'As the enterprise',
      addSite: 'Add site',
      addSitePlaceholder: 'Choose a site',
      removeSite: 'Remove the own setting of {{site}}',
      noSites: 'Every site follows the enterprise’s setting.',
      numberState: {
        free: 'free',
        reserved: 'reserved',
        porting: 'being ported',
        assigned: 'assigned to {{name}}',
        assignedNoName: 'assigned',
      },
    },
    preview: {
      title: 'Preview',
      description: 'What an outgoing call of a user shows, with the settings above (unsaved ones too).',
      user: 'User',
      userPlaceholder: 'Choose a user',
      shows: 'A call of {{user}} shows',
      withheld: 'Anonymous: number and name are not shown',
      network: 'The network (and 112) still gets: {{number}} ({{name}})',
      noNumber: 'no number',
      mode: {
        own_number: 'Own number',
        main_number: 'Main number',
        anonymous: 'Anonymous',
      },
      source: {
        user: 'the user’s own number',
        site: 'the site’s main number',
        enterprise: 'the enterprise’s main number',
        none: 'there is no number',
      },
    },
    transfer: {
      title: 'Transfer',
      description:
        'How users transfer calls. A transfer to an outside number is an outgoing call of the one who transfers: their call restrictions decide.',
      blind: 'Blind transfer (unannounced)',
      attended: 'Attended transfer (announced)',
      outside: 'Transfer to outside numbers',
      recallSeconds: 'Recall after (seconds)',
      recallDescription: '0 = no recall; else 10 to 300 seconds without answer after a blind transfer.',
    },
    queueMessages: {
      title: 'Queue messages',
      description:
        'The texts a queue without texts of its own uses; they are read aloud later. At most 500 characters, no control characters.',
      welcome: 'Welcome',
      comfort: 'While waiting',
      position: 'Position in the queue',
      positionDescription: '{position} is replaced by the caller’s place.',
      overflow: 'On overflow',
      closed: 'Closed (night and holidays)',
      restore: 'Restore the default texts',
    },
  },
  audit: {
    entityTypes: { call_settings: 'Telephony settings' },
    fields: {
      call_settings: {
        displayName: 'Display name',
        mainNumber: 'Main number',
        sites: 'Per site',
        transfer: 'Transfer',
        queueMessages: 'Queue messages',
      },
    },
  },
};

export const callSettingsMessages = defineMessages(nl, en);
