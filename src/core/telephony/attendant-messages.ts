import { defineTexts } from '../messages/texts';

/** Issues of auto attendants (keuzemenu's), their targets and their audio files. */
export const ATTENDANT_ISSUES = defineTexts({
  menu_id_format: {
    nl: 'moet 1 tot 40 letters, cijfers, - of _ zijn',
    en: 'must be 1 to 40 letters, digits, - or _',
  },
  menu_id_taken: {
    nl: 'komt al voor bij een ander menu van deze boom',
    en: 'is already used by another menu of this tree',
  },
  menu_key_unknown: {
    nl: 'is geen toets: kies 0–9, * of #',
    en: 'is not a key: choose 0–9, * or #',
  },
  menu_unknown: { nl: 'is geen menu van deze boom', en: 'is not a menu of this tree' },
  menu_cycle: {
    nl: 'maakt een kringloop: {path}; een submenu mag niet terugleiden naar een menu erboven (gebruik "terug")',
    en: 'makes a cycle: {path}; a sub-menu may not lead back to a menu above it (use "back")',
  },
  menu_unreachable: {
    nl: 'menu {name} wordt door geen toets bereikt; koppel het aan een toets of verwijder het',
    en: 'menu {name} is reached by no key; link it to a key or remove it',
  },
  menu_back_in_root: {
    nl: '"terug" kan niet in het hoofdmenu: daarvoor is geen vorig menu',
    en: '"back" cannot be used in the root menu: there is no previous menu',
  },
  menu_repeat_as_fallback: {
    nl: 'na de herhalingen moet er iets anders gebeuren dan nog eens herhalen',
    en: 'after its repeats something other than repeating again must happen',
  },
  menu_operator_missing: {
    nl: 'doorverbinden naar de telefonist kan pas als het keuzemenu een telefonist heeft',
    en: 'a transfer to the operator needs the attendant to have an operator',
  },
  target_unknown: {
    nl: 'bestaat niet in dit bedrijf (of is hier nog niet te kiezen)',
    en: 'does not exist in this enterprise (or cannot be chosen here yet)',
  },
  target_not_yours: {
    nl: 'hoort niet bij een van uw locaties',
    en: 'does not belong to one of your sites',
  },
  target_self: { nl: 'is dit keuzemenu zelf', en: 'is this attendant itself' },
  attendant_name_taken: {
    nl: 'heeft dit bedrijf al voor een ander keuzemenu',
    en: 'is already used by another auto attendant of this enterprise',
  },
  audio_empty: { nl: 'het bestand is leeg', en: 'the file is empty' },
  audio_not_audio: {
    nl: 'is geen WAV- of MP3-bestand (gekeken naar de inhoud, niet naar de naam)',
    en: 'is not a WAV or MP3 file (judged by its content, not its name)',
  },
  audio_is_image: {
    nl: 'is een afbeelding ({format}), geen geluid, ook al heet het bestand anders',
    en: 'is an image ({format}), not audio, whatever the file is called',
  },
  audio_wav_codec: {
    nl: 'WAV met codering {format} wordt niet ondersteund; gebruik PCM, μ-law of A-law',
    en: 'WAV with encoding {format} is not supported; use PCM, μ-law or A-law',
  },
  audio_too_large: {
    nl: 'is te groot: hoogstens {max} MiB',
    en: 'is too large: {max} MiB at most',
  },
  audio_not_yours: {
    nl: 'Dit geluidsbestand is van het hele bedrijf; alleen een beheerder van het bedrijf kan het verwijderen.',
    en: 'This audio file is the whole enterprise’s; only an enterprise administrator can remove it.',
  },
  audio_site_required: {
    nl: 'kies een van uw locaties: geluid van het hele bedrijf kan alleen een beheerder van het bedrijf toevoegen',
    en: 'choose one of your sites: only an enterprise administrator can add audio for the whole enterprise',
  },
  audio_media_type: {
    nl: 'Stuur het bestand als audio/wav, audio/mpeg of application/octet-stream.',
    en: 'Send the file as audio/wav, audio/mpeg or application/octet-stream.',
  },
  audio_name_format: {
    nl: 'moet een naam van 1 tot 200 tekens zijn',
    en: 'must be a name of 1 to 200 characters',
  },
});
