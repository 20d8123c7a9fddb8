import * as migration_20261126_052654_initial from './20261126_052654_initial';

export const migrations = [
  {
    up: migration_20261126_052654_initial.up,
    down: migration_20261126_052654_initial.down,
    name: '20261126_052654_initial'
  },
];
