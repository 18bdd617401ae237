// What the public server hands to the verification page (site/pages/verifica-certificato/) in
// Astro.locals: the code typed (if any) and what the register says of it. Types only, so the site may import them.
import type { CertificateVerification } from '../contract/certificates'

export type CertificateCheckLocals = {
  certificateCheck?: {
    /** The code as typed, null when the page is opened without one. */
    typed: string | null
    /** What the register says of it; null without a code. */
    result: CertificateVerification | null
  }
}
