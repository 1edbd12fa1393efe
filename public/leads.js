// The lead list: the CSV file goes as it is to POST /v1/recommendations/batch (text/csv), so the
// server's parser is the only one; the console shows the leads best first, each row's problems
// in the console's language with its line in the file, and offers the ranked CSV for download.

import { callApiRaw } from './api.js';
import { formatCsv } from './csv.js';
import { $, h } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import { problemMessage, problemsText } from './problems.js';

/** Zones per lead in the table and the ranked CSV. */
const ZONES_PER_LEAD = 3;

/** The line of the file a batch row starts on (header = line 1), as the server counted it. */
export const lineOf = (item) => item.line ?? item.row + 1;

/** `weightsPreset()` is the preset chosen for ranking, if any: the batch uses it too. */
export function setupLeads({ weightsPreset }) {
  const file = $('#lead-file');
  const start = $('#lead-start');
  const download = $('#lead-download');
  const error = $('#lead-error');
  const progressBox = $('#lead-progress-box');
  const progress = $('#lead-progress');
  const progressLabel = $('#lead-progress-label');
  const table = $('#lead-table');

  let text = '';
  let fileName = '';
  let answer = null;
  let downloadUrl;
  let message = () => '';
  let failure = null;

  const showError = (render) => {
    failure = render;
    error.textContent = render ? render() : '';
    error.hidden = !render;
  };
  const setMessage = (render) => {
    message = render;
    progressLabel.textContent = message();
  };

  file.addEventListener('change', async () => {
    text = '';
    answer = null;
    start.disabled = true;
    download.hidden = true;
    table.hidden = true;
    progressBox.hidden = true;
    showError(null);
    const chosen = file.files?.[0];
    if (!chosen) return;
    fileName = chosen.name;
    text = await chosen.text();
    progressBox.hidden = false;
    progress.removeAttribute('value');
    progress.value = 0;
    setMessage(() => t('leads.ready', { file: fileName }));
    start.disabled = false;
  });

  start.addEventListener('click', async () => {
    if (!text) return;
    start.disabled = true;
    file.disabled = true;
    download.hidden = true;
    showError(null);
    progress.removeAttribute('value'); // one request: the bar shows work without a fraction
    setMessage(() => t('leads.sending', { file: fileName }));
    const query = new URLSearchParams({ limit: String(ZONES_PER_LEAD), language: currentLanguage(), persist: 'true' });
    if (weightsPreset()) query.set('weightsPreset', weightsPreset());
    try {
      const blob = await callApiRaw(`/v1/recommendations/batch?${query}`, { method: 'POST', body: text, contentType: 'text/csv', accept: 'application/json' });
      answer = JSON.parse(await blob.text());
      progress.max = 1;
      progress.value = 1;
      setMessage(() => t('leads.done', { ok: answer.succeeded, failed: answer.failed }));
      renderTable();
      offerDownload();
    } catch (e) {
      progressBox.hidden = true;
      const problem = e?.problem;
      if (problem?.errors?.length) showError(() => problem.errors.map((p) => `${p.path.replace(/^\/body\/?/, '') || 'CSV'}: ${problemMessage(p)}`).join('; '));
      else showError(() => t('error.server', { detail: problem?.detail ?? t('error.network') }));
    } finally {
      start.disabled = false;
      file.disabled = false;
    }
  });

  /** Leads best first: highest top score, then file order; rows with problems last. */
  function ranked() {
    const score = (item) => item.recommendation?.results[0]?.score ?? -1;
    return [...answer.items].sort((a, b) => score(b) - score(a) || a.row - b.row);
  }

  function renderTable() {
    table.tBodies[0].replaceChildren(
      ...ranked().map((item, i) => {
        const [top, ...others] = item.recommendation?.results ?? [];
        return h(
          'tr',
          { 'data-row': item.row, class: item.status === 'invalid' ? 'invalid' : null },
          h('td', { class: 'num' }, item.status === 'ok' ? String(i + 1) : ''),
          h('td', { class: 'num' }, String(lineOf(item))),
          h('th', { scope: 'row' }, item.name ?? ''),
          h('td', {}, top ? top.zone.name : ''),
          h('td', { class: 'num' }, top ? String(top.score) : ''),
          h('td', {}, others.map((r) => `${r.zone.name} (${r.score})`).join(' · ')),
          h(
            'td',
            {},
            item.errors
              ? h('span', { class: 'error-text' }, `${t('problem.line', { line: lineOf(item) })}: ${problemsText(item.errors)}`)
              : item.recommendation?.persisted
                ? h('a', { href: `/r/${item.recommendation.id}` }, t('leads.open'))
                : '',
          ),
        );
      }),
    );
    table.hidden = false;
  }

  function offerDownload() {
    const header = ['lead_rank', 'line', 'name', 'status', 'top_score'];
    for (let k = 1; k <= ZONES_PER_LEAD; k++) header.push(`zone_${k}_id`, `zone_${k}_name`, `zone_${k}_score`);
    header.push('permalink', 'problems');
    const rows = ranked().map((item, i) => {
      const results = item.recommendation?.results ?? [];
      const zones = [];
      for (let k = 0; k < ZONES_PER_LEAD; k++) {
        const r = results[k];
        zones.push(r?.zone.id ?? '', r?.zone.name ?? '', r ? r.score : '');
      }
      const permalink = item.recommendation?.persisted ? new URL(`/r/${item.recommendation.id}`, location.href).href : '';
      return [
        item.status === 'ok' ? i + 1 : '',
        lineOf(item),
        item.name ?? '',
        item.status,
        results[0]?.score ?? '',
        ...zones,
        permalink,
        item.errors ? problemsText(item.errors) : '',
      ];
    });
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([formatCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
    download.href = downloadUrl;
    download.download = `${fileName.replace(/\.csv$/i, '') || 'leads'}-ranked.csv`;
    download.hidden = false;
  }

  return {
    /** Re-renders texts that depend on the interface language. */
    relabel() {
      progressLabel.textContent = message();
      if (failure) error.textContent = failure();
      if (answer && !table.hidden) {
        renderTable();
        offerDownload();
      }
    },
  };
}
