// The history page: stored answers newest first (GET /v1/recommendations), searched by part of
// the company name and a date range, each linking to its permalink.

import { callApi } from './api.js';
import { $, h } from './dom.js';
import { HTML_LANG, currentLanguage, t } from './i18n.js';
import { problemLine } from './outcomes.js';

const PAGE = 20;
const LANGUAGE_NAMES = { en: 'English', ja: '日本語', zh: '中文' };

export function setupHistory() {
  const form = $('#history-form');
  const table = $('#history-table');
  const status = $('#history-status');
  const more = $('#history-more');
  let query = null;
  let items = [];
  let total = 0;

  function render() {
    status.textContent = items.length === 0 ? t('history.none') : t('history.count', { shown: items.length, total });
    table.tBodies[0].replaceChildren(
      ...items.map((item) =>
        h(
          'tr',
          { 'data-id': item.id },
          h('td', {}, new Date(item.createdAt).toLocaleString(HTML_LANG[currentLanguage()], { dateStyle: 'medium', timeStyle: 'short' })),
          h('th', { scope: 'row' }, h('a', { href: `/r/${item.id}` }, item.company.name), item.company.country ? ` (${item.company.country})` : ''),
          h('td', {}, item.topZone ? `${item.topZone.name} (${item.topZone.score})` : '—'),
          h('td', {}, LANGUAGE_NAMES[item.language] ?? item.language),
        ),
      ),
    );
    table.hidden = items.length === 0;
    more.hidden = items.length >= total;
  }

  async function load(offset) {
    const params = new URLSearchParams({ ...query, limit: String(PAGE), offset: String(offset) });
    try {
      const page = await callApi(`/v1/recommendations?${params}`);
      items = offset === 0 ? page.items : [...items, ...page.items];
      total = page.total;
      render();
    } catch (e) {
      table.hidden = true;
      more.hidden = true;
      status.textContent = problemLine(e, t('key.needed'));
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    query = {};
    for (const [key, id] of [
      ['company', '#h-company'],
      ['from', '#h-from'],
      ['to', '#h-to'],
    ])
      if ($(id).value.trim()) query[key] = $(id).value.trim();
    load(0);
  });
  more.addEventListener('click', () => load(items.length));

  return {
    relabel() {
      if (query) render();
    },
  };
}
