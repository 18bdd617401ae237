// The stand-ins' own settings: where the demo runs them. Part of the one settings schema (api/config.ts).
import { z } from 'zod'

import { portSetting } from '../../cms/settings/schema'

/** Settings of the stand-ins, keyed by environment variable. */
export const standInSettingsShape = {
  SPORTELLO_TEST_IDP_PORT: portSetting(3002).meta({ description: 'demo: port of the test identity provider' }),
  SPORTELLO_TEST_IDP_HOST: z.string().default('127.0.0.1').meta({ description: '`scripts/test-idp.ts`: address the test identity provider listens on' }),
  SPORTELLO_TEST_IDP_ISSUER: z.url().optional().meta({
    description: '`scripts/test-idp.ts`: the test identity provider’s issuer URL',
    shownDefault: '`http://localhost:<SPORTELLO_TEST_IDP_PORT>`',
  }),
  SPORTELLO_DEV_SMTP_PORT: portSetting(2525).meta({ description: 'demo: port of the local mail server (messages kept as `.eml` files in `data/posta-in-uscita/`)' }),
  SPORTELLO_PAGOPA_STAND_IN: z.enum(['0', '1'], { error: 'vale 1 o 0' }).default('1').meta({ description: '`0`: `npm start` runs no pagoPA stand-in, even in the demo' }),
  SPORTELLO_PAGOPA_STAND_IN_PORT: portSetting(3003).meta({ description: 'demo: port of the pagoPA stand-in' }),
  SPORTELLO_IO_STAND_IN: z.enum(['0', '1'], { error: 'vale 1 o 0' }).default('1').meta({ description: '`0`: `npm start` runs no IO stand-in, even in the demo (no IO messages unless IO is set)' }),
  SPORTELLO_IO_STAND_IN_PORT: portSetting(3005).meta({ description: 'demo: port of the IO stand-in (what each test citizen’s IO app received: `/messaggi`)' }),
  SPORTELLO_ANPR_STAND_IN: z.enum(['0', '1'], { error: 'vale 1 o 0' }).default('1').meta({ description: '`0`: `npm start` runs no ANPR stand-in, even in the demo (no certificates unless ANPR is set)' }),
  SPORTELLO_ANPR_STAND_IN_PORT: portSetting(3004).meta({ description: 'demo: port of the ANPR stand-in (PDND token endpoint and ANPR e-service, fictional residents of `content/registry.json`)' }),
}
