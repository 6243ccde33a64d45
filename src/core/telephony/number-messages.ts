import { defineTexts } from '../messages/texts';

/** Issues of the number plan and users' numbers and extensions. */
export const NUMBER_ISSUES = defineTexts({
  block_overflow: {
    nl: 'zoveel nummers passen niet na dit nummer (het laatste zou een cijfer langer worden)',
    en: 'that many numbers do not fit after this one (the last would get another digit)',
  },
  block_mixed: {
    nl: 'het laatste nummer is van een andere soort of bestaat niet; kies een kleiner blok',
    en: 'the last number is of another kind or does not exist; choose a smaller block',
  },
  block_overlaps: {
    nl: 'overlapt met nummers die al in een nummerplan staan',
    en: 'overlaps numbers that are already in a number plan',
  },
  block_in_use: {
    nl: 'Het blok heeft nog {count} toegewezen nummer(s): {numbers}. Maak die eerst vrij.',
    en: 'The block still has {count} assigned number(s): {numbers}. Free them first.',
  },
  extension_format: { nl: 'mag alleen cijfers bevatten', en: 'may hold digits only' },
  extension_length: {
    nl: 'moet {length} cijfers lang zijn (de lengte van de toestelnummers van dit bedrijf)',
    en: 'must be {length} digits long (the length of this enterprise’s extensions)',
  },
  extension_reserved: {
    nl: 'mag niet met 0 beginnen en niet in de weg zitten van 112',
    en: 'may not start with 0 nor get in the way of 112',
  },
  extension_taken: { nl: 'is al in gebruik binnen dit bedrijf', en: 'is already used in this enterprise' },
  extension_length_in_use: {
    nl: 'kan niet worden gewijzigd zolang er {count} toestelnummer(s) van de huidige lengte zijn',
    en: 'cannot change while there are {count} extension(s) of the current length',
  },
  number_not_in_plan: {
    nl: 'staat niet in het nummerplan van dit bedrijf; schaf het eerst aan',
    en: 'is not in this enterprise’s number plan; acquire it first',
  },
  number_taken: { nl: 'is al toegewezen of niet vrij', en: 'is already assigned or not free' },
  number_kind_for_role: {
    nl: 'is geen {kind}-nummer',
    en: 'is not a {kind} number',
  },
  number_not_in_profile: {
    nl: 'hoort niet bij het profiel {profile}',
    en: 'is not part of the profile {profile}',
  },
  number_other_site: {
    nl: 'is toegewezen aan een andere locatie dan die van de gebruiker',
    en: 'is allocated to another site than the user’s',
  },
  number_assigned: {
    nl: 'is toegewezen; maak het eerst vrij bij wie het heeft',
    en: 'is assigned; free it at its assignee first',
  },
  profile_numbers: {
    nl: 'kan niet: de gebruiker heeft nummers die niet bij het profiel {profile} horen ({numbers}); maak die eerst vrij',
    en: 'cannot be chosen: the user has numbers the profile {profile} does not hold ({numbers}); free them first',
  },
  user_has_numbers: {
    nl: 'De gebruiker heeft nog nummers of een toestelnummer: {numbers}. Maak die eerst vrij.',
    en: 'The user still has numbers or an extension: {numbers}. Free them first.',
  },
});
