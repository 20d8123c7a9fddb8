import * as migration_20261126_054157_initial from './20261126_054157_initial';
import * as migration_20261126_085252_query_indexes from './20261126_085252_query_indexes';

export const migrations = [
  {
    up: migration_20261126_054157_initial.up,
    down: migration_20261126_054157_initial.down,
    name: '20261126_054157_initial',
  },
  {
    up: migration_20261126_085252_query_indexes.up,
    down: migration_20261126_085252_query_indexes.down,
    name: '20261126_085252_query_indexes'
  },
];
