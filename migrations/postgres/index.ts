import * as migration_20261126_042555_initial from './20261126_042555_initial';

export const migrations = [
  {
    up: migration_20261126_042555_initial.up,
    down: migration_20261126_042555_initial.down,
    name: '20261126_042555_initial'
  },
];
