import { defineMessages } from '../../i18n/define';

// The schedules' portal texts. Only the audit log's labels so far: the schedules pages are not
// built yet (the API is).
const nl = {
  audit: {
    entityTypes: { schedule: 'Tijdschema' },
    fields: {
      schedule: {
        siteId: 'Locatie',
        name: 'Naam',
        timeZone: 'Tijdzone',
        weekly: 'Openingstijden per week',
        publicHolidaysClosed: 'Dicht op feestdagen',
        closures: 'Sluitingen',
        openings: 'Extra openingen',
        recurringClosures: 'Jaarlijkse sluitingen',
      },
    },
  },
};

const en: typeof nl = {
  audit: {
    entityTypes: { schedule: 'Schedule' },
    fields: {
      schedule: {
        siteId: 'Site',
        name: 'Name',
        timeZone: 'Time zone',
        weekly: 'Weekly opening hours',
        publicHolidaysClosed: 'Closed on public holidays',
        closures: 'Closures',
        openings: 'Extra openings',
        recurringClosures: 'Yearly closures',
      },
    },
  },
};

export const scheduleMessages = defineMessages(nl, en);
