import * as migration_20261126_054151_initial from './20261126_054151_initial';
import * as migration_20261126_085238_query_indexes from './20261126_085238_query_indexes';
import * as migration_20261201_094017_media_uploaded_by from './20261201_094017_media_uploaded_by';
import * as migration_20261201_122500_site_identity_and_word_lists from './20261201_122500_site_identity_and_word_lists';
import * as migration_20261201_124025_user_invitations from './20261201_124025_user_invitations';
import * as migration_20261201_141129_review_and_moderation from './20261201_141129_review_and_moderation';

export const migrations = [
  {
    up: migration_20261126_054151_initial.up,
    down: migration_20261126_054151_initial.down,
    name: '20261126_054151_initial',
  },
  {
    up: migration_20261126_085238_query_indexes.up,
    down: migration_20261126_085238_query_indexes.down,
    name: '20261126_085238_query_indexes',
  },
  {
    up: migration_20261201_094017_media_uploaded_by.up,
    down: migration_20261201_094017_media_uploaded_by.down,
    name: '20261201_094017_media_uploaded_by',
  },
  {
    up: migration_20261201_122500_site_identity_and_word_lists.up,
    down: migration_20261201_122500_site_identity_and_word_lists.down,
    name: '20261201_122500_site_identity_and_word_lists',
  },
  {
    up: migration_20261201_124025_user_invitations.up,
    down: migration_20261201_124025_user_invitations.down,
    name: '20261201_124025_user_invitations',
  },
  {
    up: migration_20261201_141129_review_and_moderation.up,
    down: migration_20261201_141129_review_and_moderation.down,
    name: '20261201_141129_review_and_moderation'
  },
];
