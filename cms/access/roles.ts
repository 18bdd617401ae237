/** Staff roles: admins manage users, editors publish content, operators process applications of their offices. */
export const staffRoles = ['admin', 'editor', 'operator'] as const

export type StaffRole = (typeof staffRoles)[number]

type MaybeStaff = { collection?: string; roles?: readonly string[] | null } | null | undefined

/** True when the request user is a staff member (Payload `users` collection) holding the role. */
export function hasRole(user: MaybeStaff, role: StaffRole): boolean {
  return isStaffUser(user) && Boolean(user?.roles?.includes(role))
}

/** True for any authenticated staff member, whatever the role. */
export function isStaffUser(user: MaybeStaff): boolean {
  return Boolean(user) && (user?.collection === undefined || user.collection === 'users')
}
