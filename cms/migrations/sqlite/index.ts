import * as migration_20261128_120827_initial from './20261128_120827_initial';
import * as migration_20261128_133600_citizens from './20261128_133600_citizens';
import * as migration_20261128_185802_publishing_payments from './20261128_185802_publishing_payments';
import * as migration_20261129_030204_practices from './20261129_030204_practices';
import * as migration_20261202_073324_payment_trail from './20261202_073324_payment_trail';
import * as migration_20261202_080000_no_id_reuse from './20261202_080000_no_id_reuse';
import * as migration_20261202_080100_staff_accounts from './20261202_080100_staff_accounts';
import * as migration_20261202_111839_practice_back_office from './20261202_111839_practice_back_office';
import * as migration_20261202_144601_appointments from './20261202_144601_appointments';
import * as migration_20261202_194713_certificates from './20261202_194713_certificates';
import * as migration_20261203_073113_reports from './20261203_073113_reports';
import * as migration_20261203_145151_applications_resume_stamp from './20261203_145151_applications_resume_stamp';
import * as migration_20261203_181946_push_subscriptions from './20261203_181946_push_subscriptions';
import * as migration_20261203_182718_notification_deliveries from './20261203_182718_notification_deliveries';
import * as migration_20261204_161545_site_builds_incremental from './20261204_161545_site_builds_incremental';

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
    up: migration_20261128_185802_publishing_payments.up,
    down: migration_20261128_185802_publishing_payments.down,
    name: '20261128_185802_publishing_payments',
  },
  {
    up: migration_20261129_030204_practices.up,
    down: migration_20261129_030204_practices.down,
    name: '20261129_030204_practices',
  },
  {
    up: migration_20261202_073324_payment_trail.up,
    down: migration_20261202_073324_payment_trail.down,
    name: '20261202_073324_payment_trail',
  },
  {
    up: migration_20261202_080000_no_id_reuse.up,
    down: migration_20261202_080000_no_id_reuse.down,
    name: '20261202_080000_no_id_reuse',
  },
  {
    up: migration_20261202_080100_staff_accounts.up,
    down: migration_20261202_080100_staff_accounts.down,
    name: '20261202_080100_staff_accounts',
  },
  {
    up: migration_20261202_111839_practice_back_office.up,
    down: migration_20261202_111839_practice_back_office.down,
    name: '20261202_111839_practice_back_office',
  },
  {
    up: migration_20261202_144601_appointments.up,
    down: migration_20261202_144601_appointments.down,
    name: '20261202_144601_appointments',
  },
  {
    up: migration_20261202_194713_certificates.up,
    down: migration_20261202_194713_certificates.down,
    name: '20261202_194713_certificates',
  },
  {
    up: migration_20261203_073113_reports.up,
    down: migration_20261203_073113_reports.down,
    name: '20261203_073113_reports',
  },
  {
    up: migration_20261203_145151_applications_resume_stamp.up,
    down: migration_20261203_145151_applications_resume_stamp.down,
    name: '20261203_145151_applications_resume_stamp',
  },
  {
    up: migration_20261203_181946_push_subscriptions.up,
    down: migration_20261203_181946_push_subscriptions.down,
    name: '20261203_181946_push_subscriptions',
  },
  {
    up: migration_20261203_182718_notification_deliveries.up,
    down: migration_20261203_182718_notification_deliveries.down,
    name: '20261203_182718_notification_deliveries',
  },
  {
    up: migration_20261204_161545_site_builds_incremental.up,
    down: migration_20261204_161545_site_builds_incremental.down,
    name: '20261204_161545_site_builds_incremental'
  },
];
