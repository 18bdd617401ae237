/** The page of one application in the citizen's desk. */
export const practiceToUrl = (practiceId: number, publicUrl: URL): URL => new URL(`/area-personale/pratica/?id=${practiceId}`, publicUrl)
