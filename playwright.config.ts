import { existsSync } from 'node:fs'

import { defineConfig, devices } from '@playwright/test'

/**
 * Ports and accounts of the portal the browser tests start for themselves (data in .e2e/).
 * E2E_PORT_BASE moves the four ports, so two checkouts can run their browser tests at once.
 */
const portBase = Number(process.env.E2E_PORT_BASE ?? 3100)
export const e2e = {
  publicUrl: `http://localhost:${portBase}`,
  adminUrl: `http://localhost:${portBase + 1}`,
  adminEmail: 'admin-e2e@comune.brindisi.example',
  adminPassword: 'e2e-password-molto-lunga',
  pagopaUrl: `http://localhost:${portBase + 3}`,
  ioUrl: `http://localhost:${portBase + 5}`,
}

/**
 * As in production: Debian's nginx in front (the live build's files served by nginx, the rest passed on) of two
 * public-server processes, whenever nginx is installed (CI installs it; E2E_NGINX=0 runs one process alone).
 */
const nginx = process.env.E2E_NGINX === '0' || !existsSync('/usr/sbin/nginx') ? null : '/usr/sbin/nginx'
if (!nginx && process.env.SPORTELLO_REQUIRE_NGINX === '1') throw new Error('nginx non installato: in CI le prove nel browser passano da nginx')

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: e2e.publicUrl,
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: the tests never download a browser.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'rm -rf .e2e && node scripts/check-node.mjs && tsx scripts/start.ts',
    url: `${e2e.publicUrl}/api/health`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(portBase),
      ADMIN_PORT: String(portBase + 1),
      SPORTELLO_PUBLIC_URL: e2e.publicUrl,
      SPORTELLO_ADMIN_URL: e2e.adminUrl,
      SPORTELLO_DATA_DIR: '.e2e/data',
      SPORTELLO_SITE_OUT: '.e2e/dist',
      SPORTELLO_ADMIN_EMAIL: e2e.adminEmail,
      SPORTELLO_ADMIN_PASSWORD: e2e.adminPassword,
      SPORTELLO_TEST_IDP_PORT: String(portBase + 2),
      SPORTELLO_DEV_SMTP_PORT: String(portBase + 25),
      SPORTELLO_PAGOPA_STAND_IN_PORT: String(portBase + 3),
      SPORTELLO_ANPR_STAND_IN_PORT: String(portBase + 4),
      SPORTELLO_IO_STAND_IN_PORT: String(portBase + 5),
      // One test run logs citizens in from one address far more often than 20 in ten minutes (the default); the
      // limit itself is tested in api/routes/auth.int.test.ts.
      SPORTELLO_LOGIN_RATE_LIMIT: '500',
      // Chromium, the site's builds and the servers share two cores: the overload guard (its own tests in
      // api/middleware/overload.int.test.ts) must not shed the tests' requests for a loop made late by the machine.
      SPORTELLO_MAX_EVENT_LOOP_DELAY_MS: '5000',
      // The two processes share their rate limits through Redis (127.0.0.1:6379 on every machine, CI's included).
      ...(nginx ? { SPORTELLO_NGINX: nginx, SPORTELLO_PUBLIC_PROCESSES: '2', SPORTELLO_REDIS_URL: process.env.SPORTELLO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' } : {}),
    },
  },
})
