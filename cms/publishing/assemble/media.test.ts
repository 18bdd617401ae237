import { existsSync, readFileSync, statSync, unlinkSync, utimesSync } from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { cloneBuild } from './clone'
import { syncMedia } from './media'
import { put, scratch } from './testFolders'

const folders = scratch('media')
afterEach(() => folders.cleanup())

describe('syncMedia', () => {
  it('copies the uploads, then only what changed, and removes the deleted ones with their twins', async () => {
    const media = folders.make()
    const client = folders.make()
    put(media, 'foto.jpg', 'foto')
    put(media, 'documenti/delibera.pdf', 'pdf')
    put(media, 'logo.svg', '<svg/>')
    expect(await syncMedia(media, client)).toEqual({ copied: ['media/documenti/delibera.pdf', 'media/foto.jpg', 'media/logo.svg'], removed: [] })
    expect(readFileSync(path.join(client, 'media/documenti/delibera.pdf'), 'utf8')).toBe('pdf')
    // The full build's precompression gave the svg twins: they stay while the svg does.
    put(client, 'media/logo.svg.br', 'twin')
    expect(await syncMedia(media, client)).toEqual({ copied: [], removed: [] })

    put(media, 'foto.jpg', 'foto ritagliata')
    utimesSync(path.join(media, 'foto.jpg'), new Date(), new Date(Date.now() + 5_000))
    unlinkSync(path.join(media, 'documenti/delibera.pdf'))
    unlinkSync(path.join(media, 'logo.svg'))
    expect(await syncMedia(media, client)).toEqual({ copied: ['media/foto.jpg'], removed: ['media/documenti/delibera.pdf', 'media/logo.svg'] })
    expect(readFileSync(path.join(client, 'media/foto.jpg'), 'utf8')).toBe('foto ritagliata')
    expect(existsSync(path.join(client, 'media/logo.svg.br'))).toBe(false)
    expect(existsSync(path.join(client, 'media/documenti'))).toBe(false)
  })

  it('replaces a changed upload in a cloned build without touching the live copy', async () => {
    const media = folders.make()
    const live = folders.make()
    put(media, 'foto.jpg', 'prima')
    await syncMedia(media, live)
    const next = path.join(folders.make(), 'next')
    await cloneBuild(live, next)
    put(media, 'foto.jpg', 'dopo, più lunga')
    await syncMedia(media, next)
    expect(readFileSync(path.join(live, 'media/foto.jpg'), 'utf8')).toBe('prima')
    expect(readFileSync(path.join(next, 'media/foto.jpg'), 'utf8')).toBe('dopo, più lunga')
    expect(statSync(path.join(next, 'media/foto.jpg')).ino).not.toBe(statSync(path.join(live, 'media/foto.jpg')).ino)
  })

  it('empties the media folder when there are no uploads', async () => {
    const client = folders.make()
    put(client, 'media/vecchia.jpg', 'x')
    expect(await syncMedia(path.join(client, 'nessuna'), client)).toEqual({ copied: [], removed: ['media/vecchia.jpg'] })
  })
})
