import * as migration_20261126_054151_initial from './20261126_054151_initial';

export const migrations = [
  {
    up: migration_20261126_054151_initial.up,
    down: migration_20261126_054151_initial.down,
    name: '20261126_054151_initial'
  },
];
