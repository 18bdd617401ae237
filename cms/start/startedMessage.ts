import type { FirstAdmin } from '../seed/ensureAdmin'

/** What `npm start` prints once everything runs. */
export type Started = { publicUrl: string; adminUrl: string; standIns: string[]; warning: string | null; admin: FirstAdmin | null }

/** The addresses of the running portal, the stand-ins', a declared demo's warning again and, once, the first admin's password. */
export function startedMessage({ publicUrl, adminUrl, standIns, warning, admin }: Started): string {
  return [
    '\nSportello è avviato.',
    `  Sito pubblico:              ${publicUrl}/`,
    `  Amministrazione (staff):    ${adminUrl}/admin`,
    `  Stato del server:           ${publicUrl}/api/health`,
    `  API (riferimento):          ${publicUrl}/api/docs`,
    ...standIns.map((line) => `  ${line}`),
    ...(warning ? [`\n${warning}`] : []),
    ...(admin ? [`\n  Primo amministratore creato (la password non verrà mostrata di nuovo):\n    email:    ${admin.email}\n    password: ${admin.password}`] : []),
    '\nPremi Ctrl-C per fermare.',
  ].join('\n')
}
