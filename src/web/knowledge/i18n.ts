import { defineMessages } from '../i18n/define';

/** The texts of trainings and training records (the knowledge context). */
const nl = {
  nav: { allTrainings: 'Alle trainingen', trainings: 'Trainingen' },
  navDescriptions: {
    allTrainings: 'Gevolgde trainingen van alle klanten.',
    trainings: 'Gevolgde trainingen; de Telecom Manager-training geeft schrijfrechten.',
  },
  trainings: {
    title: 'Trainingen',
    description: 'Gevolgde trainingen van alle klanten.',
    descriptionOf:
      'Gevolgde trainingen bij {{enterprise}}. De Telecom Manager-training geeft een beheerder schrijfrechten.',
    account: 'Account',
    training: 'Training',
    all: 'Alle trainingen',
    names: {
      telecom_manager: 'Telecom Manager',
      receptionist: 'Receptionist',
      call_center: 'Callcenter',
      end_user: 'Eindgebruiker',
    },
    completedOn: 'Gevolgd op',
    notes: 'Opmerkingen',
    create: 'Training registreren',
    empty: 'Nog geen trainingen geregistreerd.',
    saved: 'De training van {{name}} is geregistreerd.',
    removed: 'De registratie is verwijderd.',
    removeTitle: 'Registratie verwijderen',
    removeText: 'De trainingsregistratie van {{name}} verwijderen?',
  },
};

const en = {
  nav: { allTrainings: 'All trainings', trainings: 'Trainings' },
  navDescriptions: {
    allTrainings: 'Completed trainings of every customer.',
    trainings: 'Completed trainings; the Telecom Manager training grants write access.',
  },
  trainings: {
    title: 'Trainings',
    description: 'Completed trainings of every customer.',
    descriptionOf:
      'Completed trainings at {{enterprise}}. The Telecom Manager training gives an admin write access.',
    account: 'Account',
    training: 'Training',
    all: 'All trainings',
    names: {
      telecom_manager: 'Telecom Manager',
      receptionist: 'Receptionist',
      call_center: 'Call center',
      end_user: 'End user',
    },
    completedOn: 'Completed on',
    notes: 'Notes',
    create: 'Record training',
    empty: 'No trainings recorded yet.',
    saved: 'The training of {{name}} has been recorded.',
    removed: 'The record has been removed.',
    removeTitle: 'Remove record',
    removeText: 'Remove the training record of {{name}}?',
  },
};

export const knowledgeMessages = defineMessages(nl, en);
