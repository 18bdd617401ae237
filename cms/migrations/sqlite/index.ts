import * as migration_20261128_120827_initial from './20261128_120827_initial';
import * as migration_20261128_133600_citizens from './20261128_133600_citizens';
import * as migration_20261128_182423_publishing from './20261128_182423_publishing';
import * as migration_20261128_184331_slug_generated from './20261128_184331_slug_generated';

export const migrations = [
  {
    up: migration_20261128_120827_initial.up,
    down: migration_20261128_120827_initial.down,
    name: '20261128_120827_initial',
  },
  {
    up: migration_20261128_133600_citizens.up,
    down: migration_20261128_133600_citizens.down,
    name: '20261128_133600_citizens',
  },
  {
    up: migration_20261128_182423_publishing.up,
    down: migration_20261128_182423_publishing.down,
    name: '20261128_182423_publishing',
  },
  {
    up: migration_20261128_184331_slug_generated.up,
    down: migration_20261128_184331_slug_generated.down,
    name: '20261128_184331_slug_generated'
  },
];
