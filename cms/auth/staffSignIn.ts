import type { Plugin } from 'payload'

import { secondFactorViews } from '../components/secondFactor/paths'
import { loginFailureMessage } from './loginThrottle'
import { requireSecondFactor } from './sessionGate'

const views = '/components/secondFactor/SecondFactorView'

/**
 * How staff sign in, assembled in one place: the second-factor gate on Payload's JWT strategy, the
 * verification and enrolment views, the redirect of a half-signed-in session away from the login
 * form, and one message for every failed sign-in (Payload's "wrong email or password" included).
 */
export const staffSignIn: Plugin = (config) => {
  const translations = (config.i18n?.translations ?? {}) as Record<string, { error?: Record<string, string> } | undefined>
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeLogin: [...(config.admin?.components?.beforeLogin ?? []), '/components/secondFactor/PendingSignIn#PendingSignIn'],
        views: {
          ...config.admin?.components?.views,
          secondFactorVerify: { Component: `${views}#VerifyView`, path: secondFactorViews.verify, exact: true, meta: { title: 'Verifica in due passaggi' } },
          secondFactorSetup: { Component: `${views}#SetupView`, path: secondFactorViews.setup, exact: true, meta: { title: 'Configura la verifica in due passaggi' } },
        },
      },
    },
    i18n: {
      ...config.i18n,
      translations: {
        ...translations,
        it: { ...translations.it, error: { ...translations.it?.error, emailOrPasswordIncorrect: loginFailureMessage } },
      },
    },
    onInit: async (payload) => {
      requireSecondFactor(payload)
      await config.onInit?.(payload)
    },
  }
}
