/** Admin views of the second factor, under the admin route (/admin). */
export const secondFactorViews = {
  verify: '/verifica-accesso',
  setup: '/configura-verifica',
} as const

/** REST endpoints of the second factor, under the users collection (/api/users). */
export const secondFactorApi = {
  verify: '/users/second-factor/verify',
  setup: '/users/second-factor/setup',
  confirm: '/users/second-factor/confirm',
  disable: '/users/second-factor/disable',
  reset: (id: number | string) => `/users/second-factor/reset/${id}`,
  logout: '/users/second-factor/logout',
} as const

/** A same-site admin path to go back to after the second factor, never another host. */
export function safeAdminPath(candidate: unknown, adminRoute: string): string {
  const path = Array.isArray(candidate) ? candidate[0] : candidate
  return typeof path === 'string' && path.startsWith(`${adminRoute}`) && !path.startsWith('//') && !path.includes('\\') ? path : adminRoute
}
