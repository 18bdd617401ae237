import * as migration_20261128_120835_initial from './20261128_120835_initial';
import * as migration_20261128_133611_citizens from './20261128_133611_citizens';
import * as migration_20261128_185806_publishing_payments from './20261128_185806_publishing_payments';
import * as migration_20261129_030211_practices from './20261129_030211_practices';
import * as migration_20261202_073330_payment_trail from './20261202_073330_payment_trail';
import * as migration_20261202_074143_staff_accounts from './20261202_074143_staff_accounts';
import * as migration_20261202_111847_practice_back_office from './20261202_111847_practice_back_office';
import * as migration_20261202_144606_appointments from './20261202_144606_appointments';
import * as migration_20261202_150306_appointment_jobs from './20261202_150306_appointment_jobs';
import * as migration_20261202_194718_certificates from './20261202_194718_certificates';
import * as migration_20261203_073120_reports from './20261203_073120_reports';
import * as migration_20261203_145158_applications_resume_stamp from './20261203_145158_applications_resume_stamp';
import * as migration_20261203_181955_push_subscriptions from './20261203_181955_push_subscriptions';
import * as migration_20261203_182724_notification_deliveries from './20261203_182724_notification_deliveries';
import * as migration_20261204_161659_site_builds_incremental from './20261204_161659_site_builds_incremental';

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
    up: migration_20261128_185806_publishing_payments.up,
    down: migration_20261128_185806_publishing_payments.down,
    name: '20261128_185806_publishing_payments',
  },
  {
    up: migration_20261129_030211_practices.up,
    down: migration_20261129_030211_practices.down,
    name: '20261129_030211_practices',
  },
  {
    up: migration_20261202_073330_payment_trail.up,
    down: migration_20261202_073330_payment_trail.down,
    name: '20261202_073330_payment_trail',
  },
  {
    up: migration_20261202_074143_staff_accounts.up,
    down: migration_20261202_074143_staff_accounts.down,
    name: '20261202_074143_staff_accounts',
  },
  {
    up: migration_20261202_111847_practice_back_office.up,
    down: migration_20261202_111847_practice_back_office.down,
    name: '20261202_111847_practice_back_office',
  },
  {
    up: migration_20261202_144606_appointments.up,
    down: migration_20261202_144606_appointments.down,
    name: '20261202_144606_appointments',
  },
  {
    up: migration_20261202_150306_appointment_jobs.up,
    down: migration_20261202_150306_appointment_jobs.down,
    name: '20261202_150306_appointment_jobs',
  },
  {
    up: migration_20261202_194718_certificates.up,
    down: migration_20261202_194718_certificates.down,
    name: '20261202_194718_certificates',
  },
  {
    up: migration_20261203_073120_reports.up,
    down: migration_20261203_073120_reports.down,
    name: '20261203_073120_reports',
  },
  {
    up: migration_20261203_145158_applications_resume_stamp.up,
    down: migration_20261203_145158_applications_resume_stamp.down,
    name: '20261203_145158_applications_resume_stamp',
  },
  {
    up: migration_20261203_181955_push_subscriptions.up,
    down: migration_20261203_181955_push_subscriptions.down,
    name: '20261203_181955_push_subscriptions',
  },
  {
    up: migration_20261203_182724_notification_deliveries.up,
    down: migration_20261203_182724_notification_deliveries.down,
    name: '20261203_182724_notification_deliveries',
  },
  {
    up: migration_20261204_161659_site_builds_incremental.up,
    down: migration_20261204_161659_site_builds_incremental.down,
    name: '20261204_161659_site_builds_incremental'
  },
];
