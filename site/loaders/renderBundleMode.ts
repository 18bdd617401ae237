/**
 * Whether this `astro build` compiles the render bundle for the publisher (SPORTELLO_RENDER_BUNDLE=1): every route is
 * rendered on request from the publisher's live content store, so the loaders load nothing and never open Payload.
 */
export function renderBundleMode(): boolean {
  return process.env.SPORTELLO_RENDER_BUNDLE === '1'
}
