/** An OpenStreetMap link centred on a point with a marker: a map without any map script on our pages. */
export function coordinatesToOsmUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`
}
