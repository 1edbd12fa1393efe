// Following a lead: record what happened between the company on screen and a zone
// (POST /v1/leads/outcomes, staff key), list and export the outcomes (GET /v1/leads/outcomes,
// reader key) and show a zone's leads with their latest status (GET /v1/zones/{id}/leads).

import { ProblemError, callApi, callApiRaw } from './api.js';
import { $, h } from './dom.js';
import { HTML_LANG, currentLanguage, t } from './i18n.js';

export const OUTCOME_STATUSES = ['contacted', 'visited', 'negotiating', 'invested', 'declined'];

const when = (iso) => new Date(iso).toLocaleString(HTML_LANG[currentLanguage()], { dateStyle: 'medium', timeStyle: 'short' });

/** A problem as one line; a refused or missing key says which key is needed. */
export function problemLine(error, keyHint) {
  if (error instanceof ProblemError) {
    const detail = (error.problem.errors ?? []).map((e) => `${e.path} ${e.message}`).join('; ') || error.problem.detail || error.message;
    return error.status === 401 || error.status === 403 ? `${t('error.server', { detail })} ${keyHint}` : t('error.server', { detail });
  }
  return t('error.network');
}

/** `recommendation()` is the answer on screen: outcomes are recorded for its company. */
export function setupOutcomes({ recommendation }) {
  const dialog = $('#outcome-dialog');
  const form = $('#outcome-form');
  const status = $('#o-status');
  const reason = $('#o-reason');
  const note = $('#o-note');
  const error = $('#o-error');
  let target = null;
  let opener = null;

  function fillStatuses(select, withAny) {
    const value = select.value;
    select.replaceChildren(
      ...(withAny ? [h('option', { value: '' }, t('options.any'))] : []),
      ...OUTCOME_STATUSES.map((s) => h('option', { value: s }, t(`status.${s}`))),
    );
    select.value = value;
  }

  function open(zone, button) {
    const answer = recommendation();
    if (!answer) return;
    target = { company: answer.id, companyName: answer.profile.name, zone };
    opener = button;
    form.reset();
    error.hidden = true;
    $('#outcome-target').textContent = t('outcome.for', { company: answer.profile.name, zone: zone.name });
    dialog.showModal();
    status.focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!target) return;
    const body = { company: target.company, zone: target.zone.id, status: status.value };
    if (reason.value.trim()) body.reason = reason.value.trim();
    if (note.value.trim()) body.note = note.value.trim();
    if (body.status === 'declined' && !body.reason) {
      error.textContent = t('outcome.reasonNeeded');
      error.hidden = false;
      reason.focus();
      return;
    }
    try {
      const saved = await callApi('/v1/leads/outcomes', { method: 'POST', body });
      const line = document.querySelector(`#cards li.card[data-zone-id="${CSS.escape(saved.zone.id)}"] .outcome-latest`);
      if (line) {
        line.textContent = t('outcome.saved', { status: t(`status.${saved.status}`), by: saved.recordedBy });
        line.dataset.status = saved.status;
      }
      dialog.close();
      if (!$('#outcomes-table').hidden) listOutcomes();
    } catch (e) {
      error.textContent = problemLine(e, t('outcome.needsKey'));
      error.hidden = false;
    }
  });
  $('#outcome-cancel').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener?.focus());

  /** Adds "Record outcome" and a line for the latest outcome to each card. */
  function decorate(cards) {
    for (const card of cards.querySelectorAll('li.card')) {
      const zone = { id: card.dataset.zoneId, name: card.querySelector('.zone-name')?.textContent ?? card.dataset.zoneId };
      const foot = card.querySelector('.card-foot');
      foot.append(
        h(
          'button',
          { type: 'button', class: 'secondary record-outcome', 'data-zone-id': zone.id, onclick: (event) => open(zone, event.currentTarget) },
          t('outcome.record'),
        ),
      );
      foot.after(h('p', { class: 'outcome-latest', role: 'status' }));
    }
  }

  // ── The outcomes list and its CSV export ──

  const table = $('#outcomes-table');
  const listStatus = $('#outcomes-status');
  const filters = () => {
    const query = new URLSearchParams({ language: currentLanguage() });
    for (const [key, id] of [
      ['zone', '#oc-zone'],
      ['company', '#oc-company'],
      ['status', '#oc-status'],
    ])
      if ($(id).value.trim()) query.set(key, $(id).value.trim());
    return query;
  };

  async function listOutcomes() {
    try {
      const list = await callApi(`/v1/leads/outcomes?${filters()}`);
      listStatus.textContent = list.items.length === 0 ? t('outcomes.none') : t('outcomes.count', { shown: list.items.length, total: list.total });
      table.tBodies[0].replaceChildren(
        ...list.items.map((o) =>
          h(
            'tr',
            { 'data-outcome-id': o.id, 'data-zone-id': o.zone.id },
            h('td', {}, when(o.recordedAt)),
            h('th', { scope: 'row' }, h('a', { href: `/r/${o.company.recommendationId}` }, o.company.name)),
            h('td', {}, o.zone.name ?? o.zone.id),
            h('td', {}, h('span', { class: `badge status-${o.status}` }, t(`status.${o.status}`))),
            h('td', {}, [o.reason, o.note].filter(Boolean).join(' — ')),
            h('td', {}, o.recordedBy),
          ),
        ),
      );
      table.hidden = list.items.length === 0;
    } catch (e) {
      table.hidden = true;
      listStatus.textContent = problemLine(e, t('key.needed'));
    }
  }

  async function exportCsv() {
    try {
      const blob = await callApiRaw(`/v1/leads/outcomes.csv?${filters()}`, { accept: 'text/csv' });
      const link = h('a', { href: URL.createObjectURL(blob), download: 'lead-outcomes.csv', hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch (e) {
      listStatus.textContent = problemLine(e, t('key.needed'));
    }
  }

  $('#outcomes-form').addEventListener('submit', (event) => {
    event.preventDefault();
    listOutcomes();
  });
  $('#outcomes-export').addEventListener('click', exportCsv);

  /** The zone's leads with their latest status, for the zone view. */
  async function zoneLeads(zoneId) {
    const section = h('section', { class: 'zone-section zone-leads' }, h('h3', {}, t('zoneLeads.heading')));
    try {
      const leads = await callApi(`/v1/zones/${encodeURIComponent(zoneId)}/leads?limit=20&language=${currentLanguage()}`);
      section.append(
        leads.items.length === 0
          ? h('p', { class: 'muted' }, t('zoneLeads.none'))
          : h(
              'ul',
              {},
              leads.items.map((lead) =>
                h(
                  'li',
                  { 'data-recommendation-id': lead.company.recommendationId },
                  h('a', { href: `/r/${lead.company.recommendationId}` }, lead.company.name),
                  ` · ${lead.score} · `,
                  lead.latestOutcome
                    ? h(
                        'span',
                        { class: `badge status-${lead.latestOutcome.status}` },
                        t('outcome.latest', { status: t(`status.${lead.latestOutcome.status}`) }),
                      )
                    : h('span', { class: 'muted' }, t('zoneLeads.noStatus')),
                ),
              ),
            ),
      );
    } catch (e) {
      section.append(h('p', { class: 'error-text' }, problemLine(e, t('key.needed'))));
    }
    return section;
  }

  return {
    decorate,
    zoneLeads,
    relabel() {
      fillStatuses(status, false);
      fillStatuses($('#oc-status'), true);
    },
  };
}
