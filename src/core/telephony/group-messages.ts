import { defineTexts } from '../messages/texts';

/** Issues of hunt groups, their members and call pickup groups. */
export const GROUP_ISSUES = defineTexts({
  group_name_taken: {
    nl: 'is al de naam van een andere groep van deze klant',
    en: 'is already the name of another group of this customer',
  },
  group_no_voicemail: {
    nl: 'een groep heeft geen voicemailbox: kies een toestelnummer of een nummer',
    en: 'a group has no voicemail box: choose an extension or a number',
  },
  timeout_before_hunt: {
    nl: 'moet minstens de beltijd per lid zijn ({seconds} seconden)',
    en: 'must be at least the ring time per member ({seconds} seconds)',
  },
  number_kind_for_group: {
    nl: 'een groep krijgt een vast nummer (geografisch, 085/088 of 0800), geen mobiel nummer',
    en: 'a group gets a fixed number (geographic, 085/088 or 0800), not a mobile number',
  },
  member_user_or_number: {
    nl: 'kies een gebruiker óf een extern nummer',
    en: 'choose a user or an outside number',
  },
  member_taken: {
    nl: 'is al lid van deze groep',
    en: 'is already a member of this group',
  },
  member_not_in_profile: {
    nl: 'het profiel {profile} van deze gebruiker omvat geen {feature}',
    en: "this user's profile {profile} does not include {feature}",
  },
  member_too_many: {
    nl: 'een groep heeft ten hoogste {max} leden',
    en: 'a group has at most {max} members',
  },
  member_is_group: {
    nl: 'is het eigen nummer van de groep',
    en: "is the group's own number",
  },
  order_duplicate: {
    nl: 'noemt een lid meer dan eens',
    en: 'names a member more than once',
  },
  order_members: {
    nl: 'moet precies alle leden van de groep noemen (de lijst is intussen gewijzigd?)',
    en: "must name exactly all of the group's members (has the list changed meanwhile?)",
  },
  pickup_member_elsewhere: {
    nl: 'zit al in de pick-upgroep {group}',
    en: 'is already in the pickup group {group}',
  },
  not_a_member: {
    nl: 'U bent geen lid van deze groep',
    en: 'You are not a member of this group',
  },
  group_memberships: {
    nl: 'deze gebruiker is lid van {groups}; het profiel {profile} omvat dat niet. Haal hem daar eerst uit.',
    en: 'this user is a member of {groups}; the profile {profile} does not include that. Remove them there first.',
  },
});
