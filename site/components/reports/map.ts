// The reports' map island (components/reports/ReportMap.astro): Leaflet from the npm package, tiles
// from the portal's own tile proxy (nothing is loaded from another host), markers drawn in CSS so the
// map works with no tiles at all. pick: a click (or Enter at the centre, from the keyboard) or the
// device's position fills the new report's point; show: one report; list: the public map's markers.
import L from 'leaflet'

import { fill, reportStrings as s } from './strings'

const tiles = '/api/mappa/tile/{z}/{x}/{y}.png'
const brindisi: L.LatLngTuple = [40.6327, 17.9418]
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null

/** A marker as the map draws it: a CSS pin, focusable, named for screen readers. */
export type MapMarker = { code: string; latitude: number; longitude: number; title: string; status: string }

for (const element of document.querySelectorAll<HTMLElement>('[data-report-map]')) start(element)

function start(element: HTMLElement): void {
  element.hidden = false
  const lat = Number(element.dataset.lat)
  const lng = Number(element.dataset.lng)
  const at: L.LatLngTuple | null = element.dataset.lat && Number.isFinite(lat) && Number.isFinite(lng) ? [lat, lng] : null
  const map = L.map(element, { center: at ?? brindisi, zoom: at ? 17 : 14, zoomControl: false })
  L.control.zoom({ zoomInTitle: s.map.zoomIn, zoomOutTitle: s.map.zoomOut }).addTo(map)
  L.tileLayer(tiles, { maxZoom: 19, attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>' }).addTo(map)
  const mode = element.dataset.reportMap
  if (mode === 'show' && at) pin({ code: '', latitude: at[0], longitude: at[1], title: element.getAttribute('aria-label') ?? '', status: 'ricevuta' }, false).addTo(map)
  if (mode === 'pick') pick(map, element, at)
  if (mode === 'list') void list(map, element.dataset.query ?? '')
}

function pin(marker: MapMarker, keyboard: boolean): L.Marker {
  const icon = L.divIcon({ className: 'report-marker', iconSize: [22, 22], iconAnchor: [11, 22], popupAnchor: [0, -20] })
  const m = L.marker([marker.latitude, marker.longitude], { icon, keyboard, title: marker.title })
  m.on('add', () => {
    const el = m.getElement()
    if (!el) return
    el.dataset.status = marker.status
    el.dataset.code = marker.code
    if (keyboard) el.setAttribute('aria-label', `${marker.title} (${s.statuses[marker.status] ?? marker.status})`)
    else el.setAttribute('aria-hidden', 'true')
  })
  return m
}

function pick(map: L.Map, element: HTMLElement, at: L.LatLngTuple | null): void {
  const form = element.closest('form')
  const field = (name: string) => form?.querySelector<HTMLInputElement>(`input[name="${name}"]`) ?? null
  const status = byId('segnala-posizione-stato')
  let marker = at ? pin({ code: '', latitude: at[0], longitude: at[1], title: '', status: 'ricevuta' }, false).addTo(map) : null
  const choose = (point: L.LatLng, source: 'mappa' | 'dispositivo') => {
    const [latitude, longitude] = [point.lat.toFixed(6), point.lng.toFixed(6)]
    if (field('lat')) field('lat')!.value = latitude
    if (field('lng')) field('lng')!.value = longitude
    if (field('fonte')) field('fonte')!.value = source
    marker?.remove()
    marker = pin({ code: '', latitude: point.lat, longitude: point.lng, title: '', status: 'ricevuta' }, false).addTo(map)
    if (status) status.textContent = source === 'dispositivo' ? s.place.located : fill(s.place.chosen, { lat: latitude, lng: longitude })
  }
  map.on('click', (event: L.LeafletMouseEvent) => choose(event.latlng, 'mappa'))
  element.setAttribute('aria-description', s.map.keyboard)
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target === element) choose(map.getCenter(), 'mappa')
  })
  const locate = byId<HTMLButtonElement>('segnala-mia-posizione')
  if (!locate || !('geolocation' in navigator)) return
  locate.hidden = false
  locate.addEventListener('click', () => {
    if (status) status.textContent = s.place.locating
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const point = L.latLng(position.coords.latitude, position.coords.longitude)
        map.setView(point, 17)
        choose(point, 'dispositivo')
      },
      () => { if (status) status.textContent = s.place.noPosition },
      { enableHighAccuracy: true, timeout: 15_000 },
    )
  })
}

/** The public map: the markers of the list's filters from the API; the list's own rows when the API does not answer. */
async function list(map: L.Map, query: string): Promise<void> {
  const markers = (await fromApi(query)) ?? fromPage()
  const layer = L.featureGroup(markers.map((marker) => pin(marker, true).bindPopup(() => popup(marker)))).addTo(map)
  if (markers.length > 0) map.fitBounds(layer.getBounds(), { maxZoom: 17, padding: [24, 24] })
}

async function fromApi(query: string): Promise<MapMarker[] | null> {
  try {
    const response = await fetch(`/api/segnalazioni${query ? `?${query}` : ''}`, { headers: { accept: 'application/json' } })
    if (!response.ok) return null
    return markersOf(await response.json())
  } catch {
    return null
  }
}

/** The API's compact markers ([code, lat, lng, category index, status index, title, day]), as the map draws them. */
export function markersOf(body: unknown): MapMarker[] {
  const { markers = [], statuses = [] } = (body ?? {}) as { markers?: unknown[][]; statuses?: { value: string }[] }
  return markers
    .map(([code, latitude, longitude, , status, title]) => ({ code: String(code), latitude: Number(latitude), longitude: Number(longitude), title: String(title), status: statuses[Number(status)]?.value ?? '' }))
    .filter((m) => Number.isFinite(m.latitude) && Number.isFinite(m.longitude))
}

function fromPage(): MapMarker[] {
  return [...document.querySelectorAll<HTMLElement>('[data-report-code]')].map((row) => ({
    code: row.dataset.reportCode!, latitude: Number(row.dataset.lat), longitude: Number(row.dataset.lng), title: row.dataset.title ?? '', status: row.dataset.status ?? '',
  })).filter((m) => Number.isFinite(m.latitude) && Number.isFinite(m.longitude))
}

function popup(marker: MapMarker): HTMLElement {
  const box = document.createElement('p')
  box.className = 'mb-0'
  const link = document.createElement('a')
  link.href = `/segnalazioni/${encodeURIComponent(marker.code)}/`
  link.textContent = marker.title
  const state = document.createElement('span')
  state.className = 'd-block small'
  state.textContent = `${marker.code} · ${s.statuses[marker.status] ?? marker.status}`
  box.append(link, state)
  return box
}
