import { boolean, check, index, jsonb, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { PROFILES } from '../../../core/directory/profiles';
import { FEATURES } from '../../../core/telephony/feature-matrix';
import { CALLER_ID_MODES, USER_LANGUAGES, type UserFeatureSettings } from '../../../core/telephony/features';
import { oneOf, updated, values } from './columns';
import { users } from './directory';

/**
 * Telephony (C2): the profiles' feature matrix and each user's telephony features.
 *
 * `profile_features` holds what the provider chose (profile × feature → included); a pair it has
 * not chosen is the default of core's DEFAULT_MATRIX, so a feature added later gets its default
 * without a data migration. One installation serves one provider, so the matrix is the
 * installation's.
 */
export const profileFeatures = pgTable(
  'profile_features',
  {
    profile: text('profile', { enum: values(PROFILES) }).notNull(),
    feature: text('feature', { enum: values(FEATURES) }).notNull(),
    included: boolean('included').notNull(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.profile, t.feature] }),
    check('profile_features_profile_ck', oneOf(t.profile, PROFILES)),
    check('profile_features_feature_ck', oneOf(t.feature, FEATURES)),
  ],
);

/** One row per user that has settings (none: the defaults). The PIN is an argon2id hash. */
export const userFeatures = pgTable(
  'user_features',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    language: text('language', { enum: values(USER_LANGUAGES) })
      .notNull()
      .default('nl'),
    dnd: boolean('dnd').notNull().default(false),
    callerId: text('caller_id', { enum: values(CALLER_ID_MODES) })
      .notNull()
      .default('own_number'),
    forwarding: jsonb('forwarding').$type<UserFeatureSettings['forwarding']>().notNull(),
    voicemail: jsonb('voicemail').$type<UserFeatureSettings['voicemail']>().notNull(),
    simultaneousRing: jsonb('simultaneous_ring').$type<UserFeatureSettings['simultaneousRing']>().notNull(),
    sequentialRing: jsonb('sequential_ring').$type<UserFeatureSettings['sequentialRing']>().notNull(),
    voicemailPinHash: text('voicemail_pin_hash'),
    updatedAt: updated(),
  },
  (t) => [
    check('user_features_language_ck', oneOf(t.language, USER_LANGUAGES)),
    check('user_features_caller_id_ck', oneOf(t.callerId, CALLER_ID_MODES)),
  ],
);

/** A user's busy-lamp-field list: the users whose line state its phone shows, in order. */
export const userBlfEntries = pgTable(
  'user_blf_entries',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    watchedUserId: uuid('watched_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.watchedUserId] }),
    index('user_blf_entries_watched_idx').on(t.watchedUserId),
  ],
);
