import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { rootDir } from '../env'
import { loadCmsSettings } from './cmsSettings'
import { ConfigError } from './parseSettings'

describe('the CMS settings', () => {
  it('fill in every default from the checkout, the database in the data folder', () => {
    const settings = loadCmsSettings({})
    expect(settings).toMatchObject({
      publicUrl: 'http://localhost:3000', adminUrl: undefined, dataDir: path.join(rootDir, 'data'), databaseUrl: `file:${path.join(rootDir, 'data', 'sportello.db')}`,
      siteOut: path.join(rootDir, 'dist'), smtpUrl: 'smtp://127.0.0.1:2525', publishDebounceMs: 300, publishing: true,
      creditor: { fiscalCode: '00081490748', name: 'Comune di Brindisi', segregationCode: '01' },
    })
    expect(loadCmsSettings({ SPORTELLO_DATA_DIR: '/srv/sportello' }).databaseUrl).toBe('file:/srv/sportello/sportello.db')
  })

  it('stop, naming every wrong setting in one Italian message, among them a creditor that is no tax code', () => {
    const refusal = () => loadCmsSettings({ SPORTELLO_PAGOPA_CREDITOR_FISCAL_CODE: '123', SPORTELLO_PAGOPA_SEGREGATION_CODE: '1', SPORTELLO_PUBLISH_DEBOUNCE_MS: 'presto' })
    expect(refusal).toThrow(ConfigError)
    expect(refusal).toThrow(/^Configurazione non valida:\n {2}SPORTELLO_PAGOPA_CREDITOR_FISCAL_CODE: servono 11 cifre\n {2}SPORTELLO_PAGOPA_SEGREGATION_CODE: servono 2 cifre\n {2}SPORTELLO_PUBLISH_DEBOUNCE_MS: /)
  })

  it('ignore spaces around a value and take a blank one for unset', () => {
    expect(loadCmsSettings({ SPORTELLO_PUBLIC_URL: '  https://www.comune.brindisi.it ', DATABASE_URL: ' ', ADMIN_HOST: '' })).toMatchObject({
      publicUrl: 'https://www.comune.brindisi.it', databaseUrl: `file:${path.join(rootDir, 'data', 'sportello.db')}`, adminHost: '127.0.0.1',
    })
  })

  it('give every email one From: SPORTELLO_MAIL_FROM, else the address of the admin’s former SPORTELLO_MAIL_FROM_ADDRESS, else the Comune’s noreply', () => {
    expect(loadCmsSettings({ SPORTELLO_MAIL_FROM: 'Comune di Brindisi <sportello@comune.brindisi.it>' }).mailFrom).toBe('Comune di Brindisi <sportello@comune.brindisi.it>')
    expect(loadCmsSettings({ SPORTELLO_MAIL_FROM_ADDRESS: 'posta@comune.brindisi.it' }).mailFrom).toBe('Comune di Brindisi <posta@comune.brindisi.it>')
    expect(loadCmsSettings({}).mailFrom).toBe('Comune di Brindisi <noreply@comune.brindisi.example>')
    expect(loadCmsSettings({ SPORTELLO_MAIL_FROM: 'protocollo@comune.example' }).mailFrom).toBe('protocollo@comune.example')
    expect(() => loadCmsSettings({ SPORTELLO_MAIL_FROM: 'Comune di Brindisi' })).toThrow('SPORTELLO_MAIL_FROM')
  })

  it('take Redis for the shared limits only from a redis:// or rediss:// URL, and none by default', () => {
    expect(loadCmsSettings({}).redisUrl).toBeNull()
    expect(loadCmsSettings({ SPORTELLO_REDIS_URL: 'rediss://:segreto@redis.comune.example:6380/2' }).redisUrl).toBe('rediss://:segreto@redis.comune.example:6380/2')
    expect(() => loadCmsSettings({ SPORTELLO_REDIS_URL: '127.0.0.1:6379' })).toThrow(/SPORTELLO_REDIS_URL: scrivi un indirizzo redis:\/\/ o rediss:\/\//)
  })
})
