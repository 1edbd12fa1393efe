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
  outlines ??= Promise.all([getJson('/assets/geo/china-region.json'), getJson('/assets/geo/china-provinces.json')]).then(([countries, provinces]) => ({
    countries,
    provinces,
  }));
  return outlines;
}

const svg = (tag, attrs = {}) => {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
  return element;
};

const MARKER_RADIUS = 9;

/**
 * Markers closer than a marker's width (zones of one city) are set around their group's centre,
 * so each stays visible and clickable; the order given is kept.
 */
function spread(points) {
  const groups = [];
  for (const p of points) {
    const [x, y] = p.point;
    const group = groups.find((g) => Math.hypot(g.x - x, g.y - y) < MARKER_RADIUS * 1.6);
    if (group) group.members.push(p);
    else groups.push({ x, y, members: [p] });
  }
  return points.map((p) => {
    const group = groups.find((g) => g.members.includes(p));
    const n = group.members.length;
    if (n === 1) return { zone: p.zone, x: p.point[0], y: p.point[1] };
    const angle = (2 * Math.PI * group.members.indexOf(p)) / n - Math.PI / 2;
    const radius = MARKER_RADIUS * (n === 2 ? 1 : 1.3);
    return { zone: p.zone, x: group.x + radius * Math.cos(angle), y: group.y + radius * Math.sin(angle) };
  });
}

/**
 * Draws `zones` ([{ id, label, title, coordinates: { lat, lon } | null | undefined }], best first) into
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
  const projection = d3
    .geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitExtent(
      [
        [8, 8],
        [WIDTH - 8, HEIGHT - 8],
      ],
      geo.provinces,
    );
  const path = d3.geoPath(projection);
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': t('map.label'), class: 'map' });
  root.append(svg('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: 'map-sea' }));
  for (const feature of geo.countries.features) {
    root.append(svg('path', { d: path(feature) ?? '', class: feature.properties.china ? 'map-china' : 'map-land' }));
  }
  for (const feature of geo.provinces.features) root.append(svg('path', { d: path(feature) ?? '', class: 'map-province', 'data-region': feature.id }));
  for (const { zone, x, y } of spread(located.map((zone) => ({ zone, point: projection([zone.coordinates.lon, zone.coordinates.lat]) }))).reverse()) {
    // Drawn last to first, so the first (the best ranked) is on top.
    const marker = svg('g', { class: 'map-zone', 'data-zone-id': zone.id, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` });
    const title = svg('title');
    title.textContent = zone.title;
    marker.append(title, svg('circle', { r: MARKER_RADIUS }));
    const label = svg('text', { 'text-anchor': 'middle', dy: '0.35em' });
    label.textContent = zone.label;
    marker.append(label);
    root.append(marker);
  }
  figure.replaceChildren(root, h('figcaption', {}, note ?? '', h('span', { class: 'muted small' }, t('map.credit'))));
}
