import { existsSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { catchUpBuild, cloneBuild } from './clone'
import { removeFiles, writeFileAtomic } from './files'
import { put, scratch } from './testFolders'

const folders = scratch('clone')
afterEach(() => folders.cleanup())

function liveBuild(): string {
  const live = folders.make()
  for (const file of ['index.html', 'notizie/a/index.html', 'notizie/a/index.html.br', 'notizie/a/index.html.gz', '_astro/x.css', 'media/foto.jpg']) put(live, file, `content of ${file}`)
  symlinkSync('index.html', path.join(live, 'alias.html'))
  return live
}

describe('cloneBuild', () => {
  for (const method of ['cp', 'node'] as const) {
    it(`clones every file as a hard link of the live one, symlinks as symlinks (${method})`, async () => {
      const live = liveBuild()
      const clone = path.join(folders.make(), 'next')
      await cloneBuild(live, clone, { method })
      for (const file of ['index.html', 'notizie/a/index.html.br', '_astro/x.css', 'media/foto.jpg']) expect(statSync(path.join(clone, file)).ino).toBe(statSync(path.join(live, file)).ino)
      expect(lstatSync(path.join(clone, 'alias.html')).isSymbolicLink()).toBe(true)
      expect(readlinkSync(path.join(clone, 'alias.html'))).toBe('index.html')
    })
  }

  it('replaces what an interrupted attempt left, so a retry gives the same clone', async () => {
    const live = liveBuild()
    const clone = path.join(folders.make(), 'next')
    put(clone, 'leftover.html', 'half')
    await cloneBuild(live, clone)
    await cloneBuild(live, clone)
    expect(existsSync(path.join(clone, 'leftover.html'))).toBe(false)
    expect(readFileSync(path.join(clone, 'notizie/a/index.html'), 'utf8')).toBe('content of notizie/a/index.html')
  })

  it('lets the clone be written and pruned without a byte of the live build changing', async () => {
    const live = liveBuild()
    const clone = path.join(folders.make(), 'next')
    await cloneBuild(live, clone)
    const before = statSync(path.join(live, 'index.html')).ino
    await writeFileAtomic(path.join(clone, 'index.html'), 'new home')
    await removeFiles(clone, ['notizie/a/index.html'])
    expect(readFileSync(path.join(live, 'index.html'), 'utf8')).toBe('content of index.html')
    expect(statSync(path.join(live, 'index.html')).ino).toBe(before)
    expect(readFileSync(path.join(live, 'notizie/a/index.html.br'), 'utf8')).toBe('content of notizie/a/index.html.br')
    expect(readFileSync(path.join(clone, 'index.html'), 'utf8')).toBe('new home')
    expect(existsSync(path.join(clone, 'notizie'))).toBe(false)
  })
})

describe('catchUpBuild', () => {
  it('brings a standby build to the live one for the files the live build changed, twins included, and nothing else', async () => {
    const standby = liveBuild()
    const live = path.join(folders.make(), 'live')
    await cloneBuild(standby, live)
    // The live build's publication: a changed page with twins, a removed page, a new page.
    await writeFileAtomic(path.join(live, 'index.html'), 'new home')
    await writeFileAtomic(path.join(live, 'index.html.br'), 'new home br')
    await removeFiles(live, ['notizie/a/index.html'])
    await writeFileAtomic(path.join(live, 'eventi/b/index.html'), 'event')
    // A file the live build did not change, which the standby must keep as it is.
    const untouched = statSync(path.join(standby, '_astro/x.css')).ino

    const changed = ['index.html', 'notizie/a/index.html', 'eventi/b/index.html']
    expect(await catchUpBuild(live, standby, changed)).toEqual({ linked: 3, removed: 3 })
    expect(readFileSync(path.join(standby, 'index.html'), 'utf8')).toBe('new home')
    expect(statSync(path.join(standby, 'index.html.br')).ino).toBe(statSync(path.join(live, 'index.html.br')).ino)
    expect(existsSync(path.join(standby, 'notizie'))).toBe(false)
    expect(readFileSync(path.join(standby, 'eventi/b/index.html'), 'utf8')).toBe('event')
    expect(statSync(path.join(standby, '_astro/x.css')).ino).toBe(untouched)

    // Again: nothing left to do, nothing changes.
    expect(await catchUpBuild(live, standby, changed)).toEqual({ linked: 3, removed: 0 })
    expect(readFileSync(path.join(live, 'index.html'), 'utf8')).toBe('new home')
  })

  it('refuses a path that climbs out of the build', async () => {
    const live = liveBuild()
    await expect(catchUpBuild(live, folders.make(), ['../etc/passwd'])).rejects.toThrow(/outside/)
  })
})
