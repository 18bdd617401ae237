/** What the public server hands to the preview page (Astro.locals) after checking the link. */
export type PreviewLocals = {
  preview?: { collection: string; entry: { id: string; collection: string; data: unknown } }
}

/** Collections whose drafts can be previewed, with the component that renders them. */
export const previewableCollections = ['news', 'events', 'services'] as const
