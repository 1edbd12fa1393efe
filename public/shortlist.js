// The shortlist (up to five zones picked from the cards), the comparison of its zones in columns
// (GET /v1/recommendations/{id}/compare, differences marked) and the client brief
// (/r/{id}/brief?zones=…) of the shortlist.

import { ProblemError, callApi } from './api.js';
import { $, h } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import { drawMap } from './map.js';
import { COMPONENTS, countryName } from './render.js';

export const SHORTLIST_MAX = 5;

const number = (value, digits = 1) => new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: digits }).format(value);

/**
 * `recommendation()` is the answer on screen; comparisons and briefs are made for it.
 * `coordinatesOf(id)` is where the catalog places a zone (for the comparison's map when the
 * comparison itself gives no coordinates).
 */
export function setupShortlist({ recommendation, coordinatesOf }) {
  const box = $('#shortlist');
  const list = $('#shortlist-items');
  const count = $('#shortlist-count');
  const compareButton = $('#compare-button');
  const briefLink = $('#brief-link');
  const section = $('#comparison');
  const table = $('#compare-table');
  const status = $('#compare-status');
  /** [{ id, name }] in the order picked. */
  let items = [];
  let shown = null;

  const has = (id) => items.some((i) => i.id === id);

  function render() {
    count.textContent = items.length === 0 ? t('shortlist.empty', { max: SHORTLIST_MAX }) : t('shortlist.count', { count: items.length, max: SHORTLIST_MAX });
    list.replaceChildren(
      ...items.map((item) =>
        h(
          'li',
          { 'data-zone-id': item.id },
          h('span', {}, item.name),
          h(
            'button',
            { type: 'button', class: 'token-remove', 'aria-label': t('shortlist.removeOne', { name: item.name }), onclick: () => toggle(item.id, item.name) },
            '×',
          ),
        ),
      ),
    );
    compareButton.disabled = items.length < 2;
    $('#shortlist-clear').disabled = items.length === 0;
    const answer = recommendation();
    if (answer?.persisted) {
      const query = new URLSearchParams({ lang: currentLanguage() });
      if (items.length > 0) query.set('zones', items.map((i) => i.id).join(','));
      briefLink.href = `/r/${answer.id}/brief?${query}`;
      briefLink.hidden = false;
    } else briefLink.hidden = true;
    briefLink.textContent = items.length > 0 ? t('shortlist.brief') : t('brief.open');
    for (const button of document.querySelectorAll('button.shortlist-toggle')) {
      const on = has(button.dataset.zoneId);
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? t('shortlist.remove') : t('shortlist.add');
    }
    box.hidden = !answer;
  }

  function toggle(id, name) {
    if (has(id)) items = items.filter((i) => i.id !== id);
    else if (items.length >= SHORTLIST_MAX) {
      count.textContent = t('shortlist.full', { max: SHORTLIST_MAX });
      return;
    } else items.push({ id, name });
    render();
  }

  /** Adds a "Shortlist" toggle to each card's foot. */
  function decorate(cards) {
    for (const card of cards.querySelectorAll('li.card')) {
      const id = card.dataset.zoneId;
      const name = card.querySelector('.zone-name')?.textContent ?? id;
      card
        .querySelector('.card-foot')
        .prepend(
          h(
            'button',
            { type: 'button', class: 'secondary shortlist-toggle', 'data-zone-id': id, 'aria-pressed': 'false', onclick: () => toggle(id, name) },
            '',
          ),
        );
    }
    render();
  }

  async function compare() {
    const answer = recommendation();
    if (!answer || items.length < 2) {
      status.textContent = t('compare.needTwo');
      return;
    }
    section.hidden = false;
    status.textContent = t('compare.loading');
    const query = new URLSearchParams({ zones: items.map((i) => i.id).join(','), language: currentLanguage() });
    try {
      shown = await callApi(`/v1/recommendations/${encodeURIComponent(answer.id)}/compare?${query}`);
      status.textContent = '';
      renderComparison();
      section.scrollIntoView({ block: 'start' });
    } catch (error) {
      status.textContent = t('error.server', { detail: error instanceof ProblemError ? (error.problem.detail ?? error.message) : t('error.network') });
    }
  }

  function cell(field, value, zone) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return h('span', { class: 'muted' }, t('compare.none'));
    if (field === 'concerns')
      return h(
        'ul',
        {},
        zone.concerns.map((c) => h('li', { 'data-code': c.code }, c.message)),
      );
    if (field === 'partners')
      return h(
        'ul',
        {},
        value.map((code) => h('li', {}, `${countryName(code)} (${code})`)),
      );
    if (Array.isArray(value))
      return h(
        'ul',
        {},
        value.map((v) => h('li', {}, v)),
      );
    if (typeof value === 'number') return number(value, 2);
    return String(value);
  }

  /**
   * The columns holding a differing row's best number: the most points, incentives or area, the
   * shortest distance. Null for rows that agree or hold no numbers.
   */
  function best(row) {
    if (!row.differs) return null;
    const numbers = row.values.map((v) => (typeof v === 'number' ? v : null));
    const given = numbers.filter((v) => v !== null);
    if (given.length < 2) return null;
    const target = row.field.startsWith('distancesKm.') ? Math.min(...given) : Math.max(...given);
    return numbers.flatMap((v, i) => (v === target ? [i] : []));
  }

  function renderComparison() {
    const { zones, rows } = shown;
    const differs = (values) => values.some((v) => JSON.stringify(v) !== JSON.stringify(values[0]));
    const componentRows = COMPONENTS.map((c) => {
      const values = zones.map((z) => z.components[c].contribution);
      return { field: `components.${c}`, label: t(`component.${c}`), values, differs: differs(values) };
    });
    const otherRows = rows.filter((r) => !r.field.startsWith('components.')).map((r) => ({ ...r, label: t(`compare.row.${r.field}`) }));
    const [scoreRow, ...rest] = otherRows;
    const ordered = [scoreRow, ...componentRows, ...rest];
    table.replaceChildren(
      h('caption', {}, t('compare.caption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, ''),
          zones.map((z) =>
            h(
              'th',
              { scope: 'col', 'data-zone-id': z.id },
              h('span', { class: 'compare-zone' }, z.name),
              h('span', { class: 'muted small' }, z.inAnswer ? t('compare.inAnswer', { rank: z.inAnswer.rank }) : t('compare.notInAnswer')),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ordered.map((row) =>
          h(
            'tr',
            { 'data-field': row.field, class: row.differs ? 'differs' : null },
            h('th', { scope: 'row' }, row.label, row.differs ? h('span', { class: 'badge warn' }, t('compare.differs')) : null),
            row.values.map((value, i) => h('td', { class: best(row)?.includes(i) ? 'best' : null }, cell(row.field, value, zones[i]))),
          ),
        ),
      ),
    );
    drawMap(
      $('#compare-map'),
      zones.map((z, i) => ({ id: z.id, label: String(i + 1), title: z.name, coordinates: z.location.coordinates ?? coordinatesOf(z.id) })),
    );
  }

  compareButton.addEventListener('click', compare);
  $('#shortlist-clear').addEventListener('click', () => {
    items = [];
    section.hidden = true;
    render();
  });

  return {
    decorate,
    render,
    relabel() {
      render();
      if (shown && !section.hidden) compare();
    },
  };
}
