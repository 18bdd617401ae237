import * as migration_20261128_120835_initial from './20261128_120835_initial';
import * as migration_20261128_133611_citizens from './20261128_133611_citizens';
import * as migration_20261128_182428_publishing from './20261128_182428_publishing';
import * as migration_20261128_184337_slug_generated from './20261128_184337_slug_generated';

export const migrations = [
  {
    up: migration_20261128_120835_initial.up,
    down: migration_20261128_120835_initial.down,
    name: '20261128_120835_initial',
  },
  {
    up: migration_20261128_133611_citizens.up,
    down: migration_20261128_133611_citizens.down,
    name: '20261128_133611_citizens',
  },
  {
    up: migration_20261128_182428_publishing.up,
    down: migration_20261128_182428_publishing.down,
    name: '20261128_182428_publishing',
  },
  {
    up: migration_20261128_184337_slug_generated.up,
    down: migration_20261128_184337_slug_generated.down,
    name: '20261128_184337_slug_generated'
  },
];
