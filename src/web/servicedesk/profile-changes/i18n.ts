import { defineMessages } from '../../i18n/define';

const nl = {
  profileChange: {
    request: 'Ander profiel aanvragen',
    profile: 'Nieuw profiel',
    hint: 'Een profielwijziging is een mutatie (3 werkdagen): de servicedesk voert hem door.',
    reason: 'Toelichting',
    defaultDescription: 'Graag een ander profiel voor {{name}}.',
    send: 'Aanvraag versturen',
    cancel: 'Annuleren',
    sent: 'Aanvraag {{number}} verstuurd.',
  },
};

const en: typeof nl = {
  profileChange: {
    request: 'Request another profile',
    profile: 'New profile',
    hint: 'A profile change is a change request (3 working days): the service desk makes it.',
    reason: 'Explanation',
    defaultDescription: 'Please give {{name}} another profile.',
    send: 'Send the request',
    cancel: 'Cancel',
    sent: 'Request {{number}} sent.',
  },
};

export const profileChangeMessages = defineMessages(nl, en);
