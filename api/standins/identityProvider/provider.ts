// A real OpenID Connect provider (the certified `oidc-provider`) loaded with fictional citizens, so the
// portal's SPID/CIE login runs end to end in development, tests and the demo. It is a TEST provider:
// keys, cookies and every session live in memory and are new on each start, so a restart logs everyone out.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto'

import Provider, { interactionPolicy, type Configuration, type KoaContextWithOIDC } from 'oidc-provider'

import { identityToClaims, loadTestIdentities, type TestIdentity } from './identities'
import { SPID_L1, SPID_L2, SPID_L3 } from './loginModes'
import { loggedOutPageHtml, loginErrorPageHtml, logoutPageHtml } from './loginPage'
import { messages } from './messages'

export { SPID_L1, SPID_L2, SPID_L3 }

/**
 * Which claims each scope releases. `fiscal_number` comes with `profile` and with the SPID-style `spid` scope.
 * Every ID token says how the citizen logged in, as SPID and CIE require: the level in `acr`, the
 * identity system in `amr`.
 */
export const scopeClaims = {
  openid: ['sub', 'acr', 'amr'],
  profile: ['given_name', 'family_name', 'name', 'gender', 'birthdate', 'place_of_birth', 'fiscal_number'],
  spid: ['fiscal_number'],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  address: ['address'],
}

/** The one relying party (the portal) the test provider knows. */
export type TestClient = {
  clientId: string
  clientSecret: string
  redirectUris: string[]
  postLogoutRedirectUris: string[]
  clientName?: string
  /** How the portal authenticates at the token endpoint; `client_secret_post` is openid-client v6's default. */
  tokenEndpointAuthMethod?: 'client_secret_post' | 'client_secret_basic'
}

/** Options of createTestIdentityProvider. */
export type TestIdentityProviderOptions = {
  issuer?: string
  client: TestClient
  identities?: TestIdentity[]
}

/** The name the login page shows for the portal when the client has none. */
export const defaultClientName = 'Sportello — Comune di Brindisi'

/** The issuer used when none is given. */
export const defaultIssuer = 'http://localhost:3002'

/** A configured, not yet listening, OpenID Connect provider serving the test identities. */
export function createTestIdentityProvider(options: TestIdentityProviderOptions): Provider {
  const identities = options.identities ?? loadTestIdentities()
  const bySub = new Map(identities.map((identity) => [identity.sub, identity]))
  const { client } = options
  const configuration: Configuration = {
    clients: [{
      client_id: client.clientId,
      client_secret: client.clientSecret,
      client_name: client.clientName ?? defaultClientName,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: client.tokenEndpointAuthMethod ?? 'client_secret_post',
    }],
    responseTypes: ['code'],
    // PKCE on every request, even for this confidential client: the portal must never skip it (S256 is the only method).
    pkce: { required: () => true },
    // Without offline_access no refresh tokens exist: the portal keeps its own session after the callback.
    scopes: ['openid'],
    claims: scopeClaims,
    acrValues: [SPID_L1, SPID_L2, SPID_L3],
    // Which button the citizen pressed on the portal (spid or cie): it only preselects the login mode.
    extraParams: ['idp_hint'],
    // Identity claims go in the ID token as well as in userinfo, so the portal can read who logged in without a second call.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const identity = bySub.get(sub)
      return identity && { accountId: sub, claims: () => identityToClaims(identity) }
    },
    loadExistingGrant: grantEverythingRequested,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}`, policy: spidLoginPolicy() },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => sendHtml(ctx, logoutPageHtml(form, ctx.host)),
        postLogoutSuccessSource: (ctx) => sendHtml(ctx, loggedOutPageHtml()),
      },
    },
    renderError: (ctx, out) => sendHtml(ctx, loginErrorPageHtml(messages.requestRejected, out.error, out.error_description)),
    // Fresh secrets per start: nothing signed by a previous run is ever accepted.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    jwks: { keys: [rsaSigningKey()] },
    // Short lives: a test login is a matter of seconds, and stale state should fail fast and visibly.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
  }
  return new Provider(options.issuer ?? defaultIssuer, configuration)
}

function sendHtml(ctx: KoaContextWithOIDC, html: string): void {
  ctx.type = 'html'
  ctx.body = html
}

/** Consent is implied: the portal is a first-party client, so whatever it asks for is granted without a page. */
async function grantEverythingRequested(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx
  if (!oidc.client || !oidc.session?.accountId) return undefined
  const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId)
  const grant = (grantId && await oidc.provider.Grant.find(grantId))
    || new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId })
  grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(' '))
  grant.addOIDCClaims([...oidc.requestParamClaims])
  await grant.save()
  return grant
}

/** Like SPID level 2, every authorization request asks who you are: no silent single sign-on. */
function spidLoginPolicy() {
  const policy = interactionPolicy.base()
  policy.get('login')?.checks.add(new interactionPolicy.Check(
    'spid_reauthentication', 'SPID level 2 asks for credentials on every request', 'login_required',
    (ctx) => !ctx.oidc.result?.login,
  ))
  return policy
}

/** A fresh RS256 key pair in JWK form; its public half is published at the jwks endpoint. */
function rsaSigningKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' }
}
