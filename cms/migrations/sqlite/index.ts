import * as migration_20261128_120827_initial from './20261128_120827_initial';

export const migrations = [
  {
    up: migration_20261128_120827_initial.up,
    down: migration_20261128_120827_initial.down,
    name: '20261128_120827_initial'
  },
];
