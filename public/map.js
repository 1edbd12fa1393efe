// The zones on a map of China, drawn offline with d3-geo (window.d3, loaded from /assets/vendor/):
// province outlines from /assets/geo/china-provinces.json (Natural Earth 1:10m admin-1, simplified
// by src/tools/china-provinces.ts) over the neighbouring countries from
// /assets/geo/china-region.json (Natural Earth via world-atlas, cut by the server). Each zone is placed at `location.coordinates` ({ lat, lon }); zones without
// coordinates are counted under the map.

import { h } from './dom.js';
import { t } from './i18n.js';

const WIDTH = 640;
const HEIGHT = 480;
const SVG = 'http://www.w3.org/2000/svg';

let outlines;

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function loadOutlines() {
  outlines ??= Promise.all([getJson('/assets/geo/china-region.json'), getJson('/assets/geo/china-provinces.json')]).then(([countries, provinces]) => ({ countries, provinces }));
  return outlines;
}

const svg = (tag, attrs = {}) => {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
  return element;
};

/**
 * Draws `zones` ([{ id, label, title, coordinates: { lat, lon } | null | undefined }]) into
 * `figure`, replacing what it held. Resolves when drawn.
 */
export async function drawMap(figure, zones) {
  const located = zones.filter((z) => z.coordinates && Number.isFinite(z.coordinates.lat) && Number.isFinite(z.coordinates.lon));
  const missing = zones.length - located.length;
  figure.hidden = zones.length === 0;
  figure.dataset.zones = String(located.length);
  figure.dataset.missing = String(missing);
  const note = missing === 0 ? null : h('p', { class: 'map-missing' }, missing === 1 ? t('map.missingOne') : t('map.missing', { count: missing }));
  let geo;
  try {
    if (!window.d3?.geoPath) throw new Error('d3-geo did not load');
    geo = await loadOutlines();
  } catch {
    figure.replaceChildren(h('p', { class: 'muted' }, t('map.unavailable')), note ?? '');
    return;
  }
  const { d3 } = window;
  const projection = d3.geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], geo.provinces);
  const path = d3.geoPath(projection);
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': t('map.label'), class: 'map' });
  root.append(svg('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: 'map-sea' }));
  for (const feature of geo.countries.features) {
    root.append(svg('path', { d: path(feature) ?? '', class: feature.properties.china ? 'map-china' : 'map-land' }));
  }
  for (const feature of geo.provinces.features) root.append(svg('path', { d: path(feature) ?? '', class: 'map-province', 'data-region': feature.id }));
  located.forEach((zone, i) => {
    const [x, y] = projection([zone.coordinates.lon, zone.coordinates.lat]);
    const marker = svg('g', { class: 'map-zone', 'data-zone-id': zone.id, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` });
    const title = svg('title');
    title.textContent = zone.title;
    marker.append(title, svg('circle', { r: 9 }));
    const label = svg('text', { 'text-anchor': 'middle', dy: '0.35em' });
    label.textContent = zone.label ?? String(i + 1);
    marker.append(label);
    root.append(marker);
  });
  figure.replaceChildren(root, h('figcaption', {}, note ?? '', h('span', { class: 'muted small' }, t('map.credit'))));
}
