import type { MapTileStore } from '../data/mapTiles'
import { ApiError } from '../errors'

/** A box of WGS84 degrees. */
export type Box = { south: number; west: number; north: number; east: number }

/**
 * Tiles are served only over the Comune and around it (from zoom 9; below, the whole world is a few
 * tiles): the proxy is the map's, not a free tile server for anyone, and its disk cache stays small.
 */
export const tileArea: Box = { south: 40.3, west: 17.5, north: 40.95, east: 18.4 }
export const maxTileZoom = 19

const lngToX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z)
const latToY = (lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z)
}

/** True when the tile z/x/y exists and, from zoom 9, touches the area. */
export function isTileInArea(z: number, x: number, y: number, area: Box = tileArea): boolean {
  if (z < 0 || z > maxTileZoom || x < 0 || y < 0 || x >= 2 ** z || y >= 2 ** z) return false
  if (z < 9) return true
  return x >= lngToX(area.west, z) && x <= lngToX(area.east, z) && y >= latToY(area.north, z) && y <= latToY(area.south, z)
}

/** The map's background tiles through the portal; 404 when off, outside the area, or unobtainable (offline). */
export function mapTilesService(store: MapTileStore | null, area: Box = tileArea) {
  return {
    async tile(z: number, x: number, y: number): Promise<Buffer> {
      const bytes = store && isTileInArea(z, x, y, area) ? await store.tile(z, x, y) : null
      if (!bytes) throw new ApiError('not_found', 'Tessera della mappa non disponibile.')
      return bytes
    },
  }
}

export type MapTilesService = ReturnType<typeof mapTilesService>

/** What the map island is told: where tiles are (always this site) and whose they are; null when the background map is off. */
export function mapSettingsOf(template: string | null): { url: string; attribution: string } | null {
  if (!template) return null
  const host = new URL(template.replace(/[{}]/g, '')).hostname
  return { url: '/api/mappa/tile/{z}/{x}/{y}.png', attribution: host.endsWith('openstreetmap.org') ? '© OpenStreetMap contributors' : `Mappa di sfondo: ${host}` }
}
