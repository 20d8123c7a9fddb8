import * as migration_20261126_054157_initial from './20261126_054157_initial';

export const migrations = [
  {
    up: migration_20261126_054157_initial.up,
    down: migration_20261126_054157_initial.down,
    name: '20261126_054157_initial'
  },
];
