/** The agenda's view, under the admin route (/admin). */
export const agendaPath = '/agenda'
