import { auditShape } from '../../../core/audit/shape';
import { PROFILE_NAMES, type Profile } from '../../../core/directory/profiles';
import type { Feature } from '../../../core/telephony/feature-matrix';
import type { MyPhoneDto, UserFeatureSettings, UserFeaturesDto } from '../../../core/telephony/features';
import { DEFAULT_AFTER_SECONDS } from '../../../core/telephony/features';
import type { UserNumbersDto } from '../../../core/telephony/number-plan';

/** A user's features as the service holds them: the settings, whether a PIN is set, the BLF list. */
export type UserFeaturesView = {
  userId: string;
  enterpriseId: string;
  siteId: string | null;
  profile: Profile;
  included: Feature[];
  settings: UserFeatureSettings;
  pinSet: boolean;
  blf: string[];
};

export function presentUserFeatures(view: UserFeaturesView): UserFeaturesDto {
  const s = view.settings;
  return {
    userId: view.userId,
    profile: view.profile,
    profileName: PROFILE_NAMES[view.profile],
    included: view.included,
    language: s.language,
    dnd: s.dnd,
    forwarding: {
      always: s.forwarding.always,
      busy: s.forwarding.busy,
      noAnswer: {
        enabled: s.forwarding.noAnswer.enabled,
        destination: s.forwarding.noAnswer.destination,
        afterSeconds: s.forwarding.noAnswer.afterSeconds ?? DEFAULT_AFTER_SECONDS,
      },
      unreachable: s.forwarding.unreachable,
    },
    voicemail: { ...s.voicemail, pinSet: view.pinSet },
    callerId: s.callerId,
    simultaneousRing: s.simultaneousRing,
    sequentialRing: s.sequentialRing,
    blf: view.blf,
  };
}

export function presentMyPhone(view: UserFeaturesView, name: string, numbers: UserNumbersDto): MyPhoneDto {
  const all = presentUserFeatures(view);
  const { userId: _userId, ...own } = numbers;
  return {
    userId: view.userId,
    name,
    profile: all.profile,
    profileName: all.profileName,
    included: all.included,
    numbers: own,
    dnd: all.dnd,
    forwarding: all.forwarding,
    voicemail: {
      enabled: all.voicemail.enabled,
      pinSet: all.voicemail.pinSet,
      greeting: all.voicemail.greeting,
    },
    simultaneousRing: all.simultaneousRing,
  };
}

/**
 * What the audit log keeps of a user's features, under the user's id (an aspect of the user).
 * The PIN never: `voicemail.pin` says only `set`, `none` or, after a new one, `changed`.
 */
export type UserFeaturesAuditView = {
  userId: string;
  enterpriseId: string;
  siteId: string | null;
  language: string;
  dnd: boolean;
  callerId: string;
  forwarding: UserFeatureSettings['forwarding'];
  voicemail: UserFeatureSettings['voicemail'] & { pin: 'set' | 'none' | 'changed' };
  simultaneousRing: UserFeatureSettings['simultaneousRing'];
  sequentialRing: UserFeatureSettings['sequentialRing'];
  blf: string[];
};

export const auditViewOf = (
  view: UserFeaturesView,
  pin: 'set' | 'none' | 'changed',
): UserFeaturesAuditView => ({
  userId: view.userId,
  enterpriseId: view.enterpriseId,
  siteId: view.siteId,
  ...view.settings,
  voicemail: { ...view.settings.voicemail, pin },
  blf: view.blf,
});

export const userFeaturesAudit = auditShape<UserFeaturesAuditView>()({
  entityType: 'user_features',
  fields: [
    'language',
    'dnd',
    'callerId',
    'forwarding',
    'voicemail.enabled',
    'voicemail.copyToEmail',
    'voicemail.greeting',
    'voicemail.pin',
    'simultaneousRing',
    'sequentialRing',
    'blf',
  ],
  locate: (view) => ({ entityId: view.userId, enterpriseId: view.enterpriseId, siteId: view.siteId }),
});
