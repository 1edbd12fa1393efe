// The lead list: read a CSV of companies in the browser, rank zones for each through
// POST /v1/recommendations (two at a time, with visible progress), show the leads best first and
// offer the ranked CSV for download.

import { recommend } from './api.js';
import { CsvError, formatCsv, parseCsvRecords } from './csv.js';
import { $, h } from './dom.js';
import { currentLanguage, t } from './i18n.js';

/** The input columns, in the order the ranked CSV repeats them. */
export const LEAD_COLUMNS = ['name', 'country', 'sector', 'technologies', 'description', 'employees', 'stage', 'needs'];
const REQUIRED = ['name', 'sector'];
/** Zones per lead in the ranked CSV. */
const ZONES_PER_LEAD = 3;
/** Largest lead list one upload may hold (each row is one ranking request). */
export const MAX_LEADS = 500;
const CONCURRENCY = 2;

const list = (value) =>
  value
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** The API profile for one CSV record; values the API will reject are sent as written, so its problem detail names them. */
export function leadProfile(record) {
  const profile = { name: record.name, sector: record.sector };
  if (record.country) profile.country = record.country.toUpperCase();
  if (record.technologies) profile.technologies = list(record.technologies);
  if (record.description) profile.description = record.description;
  if (record.employees) {
    const employees = Number(record.employees.replace(/[,_\s]/g, ''));
    profile.size = { employees: Number.isFinite(employees) ? employees : record.employees };
  }
  if (record.stage) profile.stage = record.stage.toLowerCase();
  if (record.needs) profile.needs = list(record.needs).map((n) => n.toLowerCase());
  return profile;
}

function problemText(error) {
  const problem = error?.problem;
  if (!problem) return error?.message ?? String(error);
  const fields = (problem.errors ?? []).map((e) => `${e.path.replace(/^\/body\/profile\//, '')} ${e.message}`);
  return fields.length > 0 ? fields.join('; ') : problem.detail ?? problem.title;
}

export function setupLeads() {
  const file = $('#lead-file');
  const start = $('#lead-start');
  const stop = $('#lead-stop');
  const download = $('#lead-download');
  const error = $('#lead-error');
  const progressBox = $('#lead-progress-box');
  const progress = $('#lead-progress');
  const progressLabel = $('#lead-progress-label');
  const table = $('#lead-table');

  let leads = [];
  let fileName = '';
  let outcomes = [];
  let stopping = false;
  let downloadUrl;
  let message = () => '';

  const showError = (text) => {
    error.textContent = text;
    error.hidden = !text;
  };
  const setMessage = (render) => {
    message = render;
    progressLabel.textContent = message();
  };

  file.addEventListener('change', async () => {
    leads = [];
    outcomes = [];
    start.disabled = true;
    download.hidden = true;
    table.hidden = true;
    progressBox.hidden = true;
    showError('');
    const chosen = file.files?.[0];
    if (!chosen) return;
    fileName = chosen.name;
    let parsed;
    try {
      parsed = parseCsvRecords(await chosen.text());
    } catch (e) {
      showError(t('leads.unreadable', { detail: e instanceof CsvError ? e.message : String(e) }));
      return;
    }
    const missing = REQUIRED.filter((c) => !parsed.columns.includes(c));
    if (missing.length > 0) return showError(t('leads.missingColumns', { columns: missing.join(', ') }));
    if (parsed.records.length === 0) return showError(t('leads.empty'));
    if (parsed.records.length > MAX_LEADS) return showError(t('leads.tooMany', { max: MAX_LEADS, count: parsed.records.length }));
    leads = parsed.records;
    progressBox.hidden = false;
    progress.max = leads.length;
    progress.value = 0;
    setMessage(() => t('leads.ready', { count: leads.length, file: fileName }));
    start.disabled = false;
  });

  start.addEventListener('click', async () => {
    if (leads.length === 0) return;
    outcomes = new Array(leads.length);
    stopping = false;
    start.disabled = true;
    file.disabled = true;
    stop.hidden = false;
    download.hidden = true;
    let done = 0;
    let next = 0;
    const total = leads.length;
    progress.max = total;
    progress.value = 0;
    setMessage(() => t('leads.progress', { done, total }));
    const language = currentLanguage();

    const worker = async () => {
      while (!stopping && next < total) {
        const index = next++;
        const record = leads[index];
        try {
          const recommendation = await recommend(
            { profile: leadProfile(record), options: { limit: ZONES_PER_LEAD, language, persist: true } },
            { onWait: (seconds) => setMessage(() => `${t('leads.progress', { done, total })} — ${t('error.busy', { seconds })}`) },
          );
          outcomes[index] = { index, record, recommendation };
        } catch (e) {
          outcomes[index] = { index, record, error: problemText(e) };
        }
        done++;
        progress.value = done;
        setMessage(() => t('leads.progress', { done, total }));
        renderTable();
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, total) }, worker));

    const finished = outcomes.filter(Boolean);
    const failed = finished.filter((o) => o.error).length;
    setMessage(() => (stopping ? t('leads.stopped', { done: finished.length, total }) : t('leads.done', { ok: finished.length - failed, failed })));
    stop.hidden = true;
    start.disabled = false;
    file.disabled = false;
    offerDownload();
  });

  stop.addEventListener('click', () => {
    stopping = true;
  });

  /** Leads best first: highest top score, then input order; leads that failed last. */
  function ranked() {
    const score = (o) => (o.recommendation?.results[0]?.score ?? -1);
    return outcomes.filter(Boolean).sort((a, b) => score(b) - score(a) || a.index - b.index);
  }

  function renderTable() {
    const body = table.tBodies[0];
    body.replaceChildren(
      ...ranked().map((o, i) => {
        const [top, ...others] = o.recommendation?.results ?? [];
        return h(
          'tr',
          { 'data-row': o.index + 1 },
          h('td', {}, String(i + 1)),
          h('th', { scope: 'row' }, o.record.name),
          h('td', {}, top ? `${top.zone.name}` : ''),
          h('td', { class: 'num' }, top ? String(top.score) : ''),
          h('td', {}, others.map((r) => `${r.zone.name} (${r.score})`).join(' · ')),
          h('td', {}, o.error ? h('span', { class: 'error-text' }, o.error) : o.recommendation?.persisted ? h('a', { href: `/r/${o.recommendation.id}` }, t('leads.open')) : ''),
        );
      }),
    );
    table.hidden = false;
  }

  function offerDownload() {
    const header = ['lead_rank', ...LEAD_COLUMNS, 'top_score'];
    for (let k = 1; k <= ZONES_PER_LEAD; k++) header.push(`zone_${k}_id`, `zone_${k}_name`, `zone_${k}_score`);
    header.push('permalink', 'error');
    const rows = ranked().map((o, i) => {
      const results = o.recommendation?.results ?? [];
      const zones = [];
      for (let k = 0; k < ZONES_PER_LEAD; k++) {
        const r = results[k];
        zones.push(r?.zone.id ?? '', r?.zone.name ?? '', r ? r.score : '');
      }
      const permalink = o.recommendation?.persisted ? new URL(`/r/${o.recommendation.id}`, location.href).href : '';
      return [i + 1, ...LEAD_COLUMNS.map((c) => o.record[c] ?? ''), results[0]?.score ?? '', ...zones, permalink, o.error ?? ''];
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
      if (!table.hidden) renderTable();
    },
  };
}
