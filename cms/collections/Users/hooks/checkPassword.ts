import { ValidationError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { passwordProblem } from '../../../auth/passwordPolicy'

function refuse(message: string, req: PayloadRequest): never {
  throw new ValidationError({ collection: 'users', errors: [{ message, path: 'password' }] }, req.t)
}

/** Creating an account or changing its password (admin form, account page, REST, first user): the password policy. */
export const checkPassword: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (typeof data?.password !== 'string') return data
  const problem = passwordProblem(data.password, (data.email as string | undefined) ?? (originalDoc?.email as string | undefined))
  if (problem) refuse(problem, req)
  return data
}

/**
 * Reset by emailed link: Payload hashes the new password before any field hook sees it, so the
 * policy is applied here, to the account the token belongs to (an unknown token is left to Payload).
 */
export const checkResetPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const data = args.data as { token?: unknown; password?: unknown } | undefined
  if (typeof data?.password !== 'string' || typeof data.token !== 'string') return args
  const account = await req.payload.db.findOne({ collection: 'users', where: { resetPasswordToken: { equals: data.token } } })
  const problem = passwordProblem(data.password, (account as { email?: string } | null)?.email)
  if (problem) refuse(problem, req)
  return args
}
