// The staff console: profile form → POST /v1/recommendations → ranked cards; permalinks
// (/r/:id) reopen stored recommendations; the zone view shows a zone's catalog entry.

import { NetworkError, ProblemError, callApi, recommend, setApiKey } from './api.js';
import { $, $$, append, h } from './dom.js';
import { HTML_LANG, LANGUAGES, currentLanguage, initialLanguage, setCurrentLanguage, t, translatePage } from './i18n.js';
import './i18n-workflow.js';
import { setupHistory } from './history.js';
import { setupLeads } from './leads.js';
import { drawMap } from './map.js';
import { setupOptions } from './options.js';
import { setupOutcomes } from './outcomes.js';
import { problemMessage } from './problems.js';
import { countryName, renderCards, renderLegend, renderOverview, renderZone } from './render.js';
import { setupShortlist } from './shortlist.js';

const NEEDS = ['land', 'talent', 'financing', 'rnd_collaboration', 'export_logistics', 'bonded_trade', 'cross_border_data', 'listing', 'ip_protection'];
/** Countries offered first: the zones' partner countries and the usual investors; any other code can come from a stored profile. */
const COUNTRIES = [
  'JP',
  'HK',
  'DE',
  'KR',
  'SG',
  'US',
  'TW',
  'MO',
  'GB',
  'FR',
  'IT',
  'NL',
  'CH',
  'SE',
  'FI',
  'DK',
  'AT',
  'BE',
  'ES',
  'CA',
  'AU',
  'IN',
  'TH',
  'MY',
  'VN',
  'ID',
  'IL',
  'AE',
  'CN',
];
const TOKEN_LISTS = ['technologies', 'products'];
const MAX_TOKENS = 50;
const LANGUAGE_KEY = 'zonematch.language';
const API_KEY_KEY = 'zonematch.apiKey';
const PERMALINK = /^\/r\/([^/]+)\/?$/;

const state = {
  /** The recommendation on screen. */
  recommendation: null,
  tokens: { technologies: [], products: [] },
  /** Concept id → labels in three languages, from GET /v1/concepts. */
  concepts: new Map(),
  zones: new Map(),
  /** Zone id → its summary in the catalog (GET /v1/zones): location (with coordinates), kind, programme. */
  catalogZones: new Map(),
  openZoneId: null,
  zoneOpener: null,
  busy: false,
  detectTimer: 0,
  detectAbort: null,
};

const form = $('#profile-form');
const status = $('#results-status');
const cards = $('#cards');
const dialog = $('#zone-dialog');
let leads;
let options;
let shortlist;
let outcomes;
let historyPage;

function storedLanguage() {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// Language
// ---------------------------------------------------------------------------

function applyLanguage(language) {
  setCurrentLanguage(language);
  document.documentElement.lang = HTML_LANG[currentLanguage()];
  document.title = `zonematch — ${t('app.subtitle')}`;
  $('#language').value = currentLanguage();
  translatePage();
  fillCountries();
  for (const need of NEEDS) $(`#need-${need}-label`).textContent = t(`need.${need}`);
  for (const kind of TOKEN_LISTS) renderTokens(kind);
  fillSuggestions();
  leads?.relabel();
  options?.relabel();
  shortlist?.relabel();
  outcomes?.relabel();
  historyPage?.relabel();
  relabelErrors();
}

async function changeLanguage(language) {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
  applyLanguage(language);
  scheduleDetect();
  const shown = state.recommendation;
  if (shown) {
    showRecommendation(shown);
    // The explanations are written by the API: ask again in the new language for the same profile.
    if (shown.language !== language && !state.busy) {
      await rank(profileFromStored(shown.profile), shown.results.length || 10, { options: rankingOptions() ?? {} });
    }
  }
  if (state.openZoneId && dialog.open) renderZoneDialog(state.openZoneId);
}

function fillCountries() {
  const select = $('#f-country');
  const value = select.value;
  const codes = [...COUNTRIES];
  if (value && !codes.includes(value)) codes.push(value);
  select.replaceChildren(
    h('option', { value: '' }, t('option.notGiven')),
    ...codes.map((code) => h('option', { value: code }, `${countryName(code)} (${code})`)),
  );
  select.value = value;
}

// ---------------------------------------------------------------------------
// Suggestions and detected concepts
// ---------------------------------------------------------------------------

function flattenConcepts(nodes, into) {
  for (const node of nodes) {
    into.set(node.id, node);
    flattenConcepts(node.children ?? [], into);
  }
  return into;
}

async function loadConcepts() {
  try {
    const tree = await callApi('/v1/concepts');
    state.concepts = flattenConcepts(tree.items, new Map());
    fillSuggestions();
  } catch {
    // Suggestions are a help, not a requirement: the form works without them.
  }
}

/** Labels in the interface language first, then the other languages and the synonyms. */
function fillSuggestions() {
  const lang = currentLanguage();
  const order = [lang, ...LANGUAGES.filter((l) => l !== lang)];
  const seen = new Set();
  const options = [];
  for (const l of order) {
    for (const concept of state.concepts.values()) {
      for (const label of [concept.labels[l], ...(concept.synonyms[l] ?? [])]) {
        if (label && !seen.has(label)) {
          seen.add(label);
          options.push(h('option', { value: label }));
        }
      }
    }
  }
  $('#concept-suggestions').replaceChildren(...options);
}

function conceptLabel(id) {
  return state.concepts.get(id)?.labels[currentLanguage()] ?? id;
}

function scheduleDetect() {
  clearTimeout(state.detectTimer);
  state.detectTimer = setTimeout(detect, 400);
}

async function detect() {
  const text = [$('#f-sector').value, ...state.tokens.technologies, ...state.tokens.products, $('#f-description').value]
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n');
  const out = $('#detected');
  state.detectAbort?.abort();
  if (!text) {
    out.replaceChildren();
    return;
  }
  const abort = new AbortController();
  state.detectAbort = abort;
  try {
    const { concepts } = await callApi('/v1/concepts/detect', {
      method: 'POST',
      body: { text: text.slice(0, 20000), language: currentLanguage() },
      signal: abort.signal,
    });
    const unique = [...new Map(concepts.map((c) => [c.id, c])).values()];
    out.replaceChildren();
    append(out, [
      unique.length === 0
        ? h('span', { class: 'hint-warn' }, t('detected.none'))
        : [h('span', { class: 'muted' }, t('detected.some')), unique.map((c) => h('span', { class: 'chip', title: c.matchedText }, c.label))],
    ]);
  } catch (error) {
    if (error?.name !== 'AbortError') out.replaceChildren();
  }
}

// ---------------------------------------------------------------------------
// Token lists (technologies, products)
// ---------------------------------------------------------------------------

function addTokens(kind, raw) {
  const values = raw
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const value of values) {
    if (!state.tokens[kind].includes(value) && state.tokens[kind].length < MAX_TOKENS) state.tokens[kind].push(value.slice(0, 200));
  }
  renderTokens(kind);
  if (values.length > 0) scheduleDetect();
}

function flushTokenInputs() {
  for (const kind of TOKEN_LISTS) {
    const input = $(`#f-${kind}`);
    if (input.value.trim()) addTokens(kind, input.value);
    input.value = '';
  }
}

function renderTokens(kind) {
  $(`#f-${kind}-tokens`).replaceChildren(
    ...state.tokens[kind].map((value, i) =>
      h(
        'li',
        { class: 'token' },
        h('span', {}, value),
        h(
          'button',
          {
            type: 'button',
            class: 'token-remove',
            'aria-label': t('tokens.remove', { value }),
            onclick: () => {
              state.tokens[kind].splice(i, 1);
              renderTokens(kind);
              scheduleDetect();
              $(`#f-${kind}`).focus();
            },
          },
          '×',
        ),
      ),
    ),
  );
}

function setupTokens() {
  for (const kind of TOKEN_LISTS) {
    const input = $(`#f-${kind}`);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        addTokens(kind, input.value);
        input.value = '';
      }
    });
    input.addEventListener('input', () => {
      if (/[;；]/.test(input.value)) {
        addTokens(kind, input.value);
        input.value = '';
      }
    });
    $(`[data-token-add="${kind}"]`).addEventListener('click', () => {
      addTokens(kind, input.value);
      input.value = '';
      input.focus();
    });
  }
}

// ---------------------------------------------------------------------------
// Form: read, fill, validate, show the server's problems
// ---------------------------------------------------------------------------

const value = (id) => $(id).value.trim();
const numberOrUndefined = (id) => ($(id).value === '' ? undefined : Number($(id).value));

function readForm() {
  const profile = { name: value('#f-name'), sector: value('#f-sector') };
  if (value('#f-country')) profile.country = value('#f-country');
  if (value('#f-isic')) profile.isic = value('#f-isic');
  if (state.tokens.technologies.length > 0) profile.technologies = [...state.tokens.technologies];
  if (state.tokens.products.length > 0) profile.products = [...state.tokens.products];
  if (value('#f-description')) profile.description = value('#f-description');
  const size = {
    employees: numberOrUndefined('#f-employees'),
    annualRevenueUsd: numberOrUndefined('#f-revenue'),
    plannedInvestmentUsd: numberOrUndefined('#f-investment'),
    landAreaM2: numberOrUndefined('#f-land'),
  };
  const givenSize = Object.fromEntries(Object.entries(size).filter(([, v]) => v !== undefined));
  if (Object.keys(givenSize).length > 0) profile.size = givenSize;
  if (value('#f-stage')) profile.stage = value('#f-stage');
  const needs = $$('#needs input:checked').map((input) => input.value);
  if (needs.length > 0) profile.needs = needs;
  const attributes = {
    highTech: $('#f-hightech').checked || undefined,
    energyIntensive: $('#f-energy').checked || undefined,
    highEmission: $('#f-emission').checked || undefined,
    rdIntensityPct: numberOrUndefined('#f-rd'),
    exportSharePct: numberOrUndefined('#f-export'),
  };
  const givenAttributes = Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined));
  if (Object.keys(givenAttributes).length > 0) profile.attributes = givenAttributes;
  return { profile, limit: Number($('#f-limit').value) };
}

/** The fields of a request profile (the API rejects any other). */
const PROFILE_FIELDS = ['name', 'sector', 'country', 'isic', 'technologies', 'products', 'description', 'size', 'stage', 'needs', 'attributes'];

/** A stored (normalized) profile as a request profile: the API's derived fields dropped. */
function profileFromStored(stored) {
  const profile = Object.fromEntries(PROFILE_FIELDS.filter((key) => stored[key] !== undefined && stored[key] !== null).map((key) => [key, stored[key]]));
  for (const key of ['technologies', 'products', 'needs']) if (Array.isArray(profile[key]) && profile[key].length === 0) delete profile[key];
  for (const key of ['size', 'attributes']) if (profile[key] && Object.keys(profile[key]).length === 0) delete profile[key];
  return profile;
}

function fillForm(profile, limit) {
  form.reset();
  $('#f-name').value = profile.name ?? '';
  $('#f-sector').value = profile.sector ?? '';
  $('#f-isic').value = profile.isic ?? '';
  $('#f-description').value = profile.description ?? '';
  const country = $('#f-country');
  country.value = profile.country ?? '';
  if (profile.country && country.value !== profile.country) {
    country.append(h('option', { value: profile.country }, `${countryName(profile.country)} (${profile.country})`));
    country.value = profile.country;
  }
  $('#f-stage').value = profile.stage ?? '';
  const size = profile.size ?? {};
  $('#f-employees').value = size.employees ?? '';
  $('#f-revenue').value = size.annualRevenueUsd ?? '';
  $('#f-investment').value = size.plannedInvestmentUsd ?? '';
  $('#f-land').value = size.landAreaM2 ?? '';
  for (const input of $$('#needs input')) input.checked = (profile.needs ?? []).includes(input.value);
  const attributes = profile.attributes ?? {};
  $('#f-hightech').checked = attributes.highTech === true;
  $('#f-energy').checked = attributes.energyIntensive === true;
  $('#f-emission').checked = attributes.highEmission === true;
  $('#f-rd').value = attributes.rdIntensityPct ?? '';
  $('#f-export').value = attributes.exportSharePct ?? '';
  $('#f-limit').value = String(limit);
  state.tokens.technologies = [...(profile.technologies ?? [])];
  state.tokens.products = [...(profile.products ?? [])];
  for (const kind of TOKEN_LISTS) renderTokens(kind);
  clearErrors();
  scheduleDetect();
}

/** Each shown error remembers how to say itself, so a language switch rewrites it. */
const shownErrors = new Map();

function showFieldError(field, render) {
  const out = field.querySelector('.field-error');
  const input = field.querySelector('input, select, textarea');
  shownErrors.set(out, render);
  out.textContent = render();
  out.hidden = false;
  input?.setAttribute('aria-invalid', 'true');
}

function showFormError(render) {
  const out = $('#form-error');
  shownErrors.set(out, render);
  out.textContent = render();
  out.hidden = false;
}

function clearErrors() {
  shownErrors.clear();
  for (const out of $$('.field-error', form)) {
    out.hidden = true;
    out.textContent = '';
  }
  for (const input of $$('[aria-invalid]', form)) input.removeAttribute('aria-invalid');
  $('#form-error').hidden = true;
}

function relabelErrors() {
  for (const [out, render] of shownErrors) out.textContent = render();
}

/** The browser's own constraint checks, reported in the console's language next to each field. */
function validateForm() {
  let first = null;
  for (const input of $$('input, select, textarea', form)) {
    if (input.type === 'checkbox' || input.dataset.tokenInput) continue;
    const field = input.closest('.field');
    if (!field) continue;
    const v = input.validity;
    // Whitespace alone passes `required`, but the API would reject it.
    const blank = input.required && !input.value.trim();
    if (v.valid && !blank) continue;
    let render;
    if (v.valueMissing || blank) render = () => t('error.required');
    else if (v.badInput || v.typeMismatch) render = () => t('error.number');
    else if (v.rangeUnderflow) render = () => t('error.min', { min: input.min });
    else if (v.rangeOverflow) render = () => t('error.max', { max: input.max });
    else if (v.stepMismatch) render = () => t('error.integer');
    else if (v.patternMismatch && input.id === 'f-isic') render = () => t('error.isic');
    else if (v.tooLong) render = () => t('error.tooLong', { max: input.maxLength });
    else render = () => input.validationMessage;
    showFieldError(field, render);
    first ??= input;
  }
  if (first) {
    showFormError(() => t('error.fixFields'));
    first.focus();
    return false;
  }
  return true;
}

/** Puts each of the server's `errors[].path` next to the field it names (longest matching data-path). */
function showProblem(error) {
  if (error instanceof NetworkError) return showFormError(() => t('error.network'));
  if (!(error instanceof ProblemError)) return showFormError(() => String(error));
  const problem = error.problem;
  if (error.status === 401) {
    $('#api-key-box').open = true;
    $('#api-key').focus();
    return showFormError(() => `${t('error.server', { detail: problem.detail ?? problem.title })} ${t('key.needed')}`);
  }
  const fields = $$('[data-path]', form);
  const unplaced = [];
  let first = null;
  for (const item of problem.errors ?? []) {
    const field = fields
      .filter((f) => item.path === f.dataset.path || item.path.startsWith(`${f.dataset.path}/`))
      .sort((a, b) => b.dataset.path.length - a.dataset.path.length)[0];
    if (field) {
      showFieldError(field, () => `${problemMessage(item)} (${item.path.replace(/^\/body\//, '')})`);
      first ??= field.querySelector('input, select, textarea');
    } else unplaced.push(item);
  }
  const detail = unplaced.length > 0 ? unplaced.map((e) => `${e.path} ${e.message}`).join('; ') : (problem.detail ?? problem.title);
  showFormError(() => t('error.server', { detail }));
  first?.focus();
}

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------

function setBusy(busy) {
  state.busy = busy;
  $('#profile-submit').disabled = busy;
  $('#results').setAttribute('aria-busy', String(busy));
}

function setStatus(text) {
  status.textContent = text;
}

function showRecommendation(recommendation) {
  state.recommendation = recommendation;
  $('#results-empty').hidden = true;
  const name = recommendation.profile.name;
  setStatus(recommendation.results.length > 0 ? t('results.count', { count: recommendation.results.length, name }) : t('results.none'));
  renderMeta(recommendation);
  renderLegend($('#legend'));
  renderOverview($('#overview'), recommendation);
  renderCards(cards, recommendation, openZone);
  fillCities(recommendation);
  shortlist.decorate(cards);
  outcomes.decorate(cards);
  options.showAnswer(recommendation);
  drawMap(
    $('#results-map'),
    recommendation.results.map((r) => ({ id: r.zone.id, label: String(r.rank), title: `${r.rank}. ${r.zone.name}`, coordinates: zoneCoordinates(r.zone.id) })),
  );
  document.body.dataset.recommendation = recommendation.id;
}

/** Where the catalog places a zone (`location.coordinates`, { lat, lon }), if it does. */
function zoneCoordinates(id) {
  return state.catalogZones.get(id)?.location.coordinates;
}

/**
 * Each card's place line from the catalog's `location`: the city (for a catalogue zone, the one
 * read from its name; the answer's own where the catalog has none) and the county, where known.
 */
function fillCities(recommendation) {
  const lang = recommendation.language;
  for (const result of recommendation.results) {
    const location = state.catalogZones.get(result.zone.id)?.location;
    const meta = $(`#cards li.card[data-zone-id="${CSS.escape(result.zone.id)}"] .zone-meta`);
    if (!location || !meta) continue;
    const city = location.city?.[lang] || result.zone.city;
    const county = location.county?.[lang];
    meta.firstChild.textContent = county && county !== city ? `${city} ${county}` : city;
  }
}

async function loadCatalogZones() {
  try {
    const list = await callApi('/v1/zones?limit=1000');
    state.catalogZones = new Map(list.items.map((z) => [z.id, z]));
  } catch {
    // Filters by province and type, the map and city names need it; ranking does not.
  }
  options.fillFilters();
}

/** The ranking options chosen (weights, preset, filters), or null after showing why they cannot be used. */
function rankingOptions() {
  const chosen = options.read();
  if (chosen.error) {
    showFormError(() => chosen.error);
    return null;
  }
  return chosen.options;
}

/** Ranks what the form holds; `focusResults` moves focus to the results (a submit, not a slider). */
function submitForm({ focusResults }) {
  if (state.busy) return;
  flushTokenInputs();
  clearErrors();
  if (!validateForm()) return;
  const chosen = rankingOptions();
  if (!chosen) return;
  const { profile, limit } = readForm();
  rank(profile, limit, { focusResults, options: chosen });
}

function renderMeta(recommendation) {
  const meta = $('#results-meta');
  const url = new URL(`/r/${recommendation.id}`, location.href).href;
  const copy = h('button', { type: 'button', class: 'secondary', id: 'copy-link' }, t('action.copyLink'));
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url);
      copy.textContent = t('action.copied');
    } catch {
      // Clipboard access needs a secure context; select the link text so Ctrl+C works.
      getSelection()?.selectAllChildren($('#permalink'));
    }
  });
  const created = new Date(recommendation.createdAt).toLocaleString(HTML_LANG[currentLanguage()], { dateStyle: 'medium', timeStyle: 'short' });
  const languageNames = { en: 'English', ja: '日本語', zh: '中文' };
  meta.replaceChildren();
  append(meta, [
    recommendation.persisted
      ? h('p', { class: 'permalink' }, h('span', { class: 'muted' }, `${t('results.permalink')}: `), h('a', { id: 'permalink', href: url }, url), ' ', copy)
      : null,
    // China's negative list: a foreign company told before anything else what it may not do.
    ...(recommendation.warnings ?? []).map((w) =>
      h(
        'p',
        { class: 'note negative-list', role: 'alert' },
        h('strong', {}, `${t('results.negativeList')} `),
        w.message,
        w.source?.title ? h('span', { class: 'muted small' }, ` — ${w.source.title}`) : null,
      ),
    ),
    recommendation.profile.detectedConcepts.length > 0
      ? h(
          'p',
          { class: 'understood' },
          h('span', { class: 'muted' }, t('results.detected')),
          recommendation.profile.detectedConcepts.map((c) => h('span', { class: 'chip', title: c.matchedText }, c.label)),
        )
      : null,
    recommendation.language !== currentLanguage()
      ? h('p', { class: 'note' }, t('results.explainedIn', { language: languageNames[recommendation.language] }))
      : null,
    h('p', { class: 'muted small' }, t('results.created', { date: created, catalog: recommendation.catalogVersion, engine: recommendation.engineVersion })),
  ]);
  meta.hidden = false;
}

async function rank(profile, limit, { focusResults = false, options: chosen = {} } = {}) {
  setBusy(true);
  setStatus(t('results.loading'));
  try {
    const recommendation = await recommend(
      { profile, options: { ...chosen, limit, language: currentLanguage(), persist: true } },
      { onWait: (seconds) => setStatus(t('error.busy', { seconds })) },
    );
    showRecommendation(recommendation);
    const path = recommendation.persisted ? `/r/${recommendation.id}` : '/';
    if (location.pathname !== path) history.pushState({ id: recommendation.id }, '', path);
    if (focusResults) $('#results-heading').focus({ preventScroll: false });
  } catch (error) {
    setStatus('');
    showProblem(error);
  } finally {
    setBusy(false);
  }
}

async function loadStored(id) {
  setBusy(true);
  setStatus(t('results.loadingStored'));
  try {
    const recommendation = await callApi(`/v1/recommendations/${encodeURIComponent(id)}`);
    fillForm(profileFromStored(recommendation.profile), Math.max(1, recommendation.results.length));
    showRecommendation(recommendation);
  } catch (error) {
    clearResults();
    if (error instanceof ProblemError && error.status === 404) setStatus(t('results.notFound'));
    else {
      setStatus('');
      showProblem(error);
    }
  } finally {
    setBusy(false);
  }
}

function clearResults() {
  state.recommendation = null;
  cards.replaceChildren();
  $('#results-map').hidden = true;
  shortlist.render();
  $('#overview').hidden = true;
  $('#results-meta').hidden = true;
  $('#legend').hidden = true;
  $('#results-empty').hidden = false;
  setStatus('');
  delete document.body.dataset.recommendation;
}

// ---------------------------------------------------------------------------
// Zone view
// ---------------------------------------------------------------------------

async function renderZoneDialog(id) {
  const body = $('#zone-body');
  const title = $('#zone-title');
  let zone = state.zones.get(id);
  if (!zone) {
    title.textContent = id;
    body.replaceChildren(h('p', { class: 'muted' }, t('zone.loading')));
    try {
      zone = await callApi(`/v1/zones/${encodeURIComponent(id)}`);
      state.zones.set(id, zone);
    } catch (error) {
      body.replaceChildren(h('p', { class: 'error-text' }, error instanceof ProblemError ? (error.problem.detail ?? error.message) : t('error.network')));
      return;
    }
  }
  if (state.openZoneId !== id) return;
  const lang = currentLanguage();
  title.textContent = zone.name[lang] ?? zone.name.en;
  dialog.dataset.zoneId = id;
  body.replaceChildren();
  append(body, renderZone(zone, conceptLabel));
  const leadList = await outcomes.zoneLeads(id);
  if (state.openZoneId === id) body.append(leadList);
}

function openZone(id, opener) {
  state.openZoneId = id;
  state.zoneOpener = opener ?? null;
  if (!dialog.open) dialog.showModal();
  renderZoneDialog(id);
  $('#zone-close').focus();
}

// ---------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------

function buildNeeds() {
  $('#needs').replaceChildren(
    ...NEEDS.map((need) =>
      h(
        'label',
        { for: `need-${need}` },
        h('input', { type: 'checkbox', id: `need-${need}`, name: 'needs', value: need }),
        ' ',
        h('span', { id: `need-${need}-label` }, need),
      ),
    ),
  );
}

/** The optional API key: kept in sessionStorage (this tab only), never in the URL or localStorage. */
function setupApiKey() {
  const input = $('#api-key');
  try {
    input.value = sessionStorage.getItem(API_KEY_KEY) ?? '';
  } catch {
    input.value = '';
  }
  setApiKey(input.value.trim());
  input.addEventListener('input', () => {
    const key = input.value.trim();
    setApiKey(key);
    try {
      if (key) sessionStorage.setItem(API_KEY_KEY, key);
      else sessionStorage.removeItem(API_KEY_KEY);
    } catch {
      // Storage refused: the key lasts until the page is left.
    }
  });
  // Suggestions could not load without a key on a service that requires one: try again with it.
  input.addEventListener('change', () => {
    if (state.concepts.size === 0) loadConcepts();
  });
}

async function route() {
  const match = PERMALINK.exec(location.pathname);
  if (match) {
    const id = decodeURIComponent(match[1]);
    if (state.recommendation?.id !== id) await loadStored(id);
  } else {
    clearResults();
  }
}

async function start() {
  buildNeeds();
  setupTokens();
  options = setupOptions({ onChange: () => state.recommendation && submitForm({ focusResults: false }), zones: () => state.catalogZones });
  shortlist = setupShortlist({ recommendation: () => state.recommendation, coordinatesOf: zoneCoordinates });
  outcomes = setupOutcomes({ recommendation: () => state.recommendation });
  historyPage = setupHistory();
  leads = setupLeads({ weightsPreset: () => options.read().options?.weightsPreset });
  applyLanguage(initialLanguage(storedLanguage(), navigator.languages));

  $('#language').addEventListener('change', (event) => changeLanguage(event.target.value));
  setupApiKey();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitForm({ focusResults: true });
  });
  form.addEventListener('reset', () => {
    state.tokens.technologies = [];
    state.tokens.products = [];
    setTimeout(() => {
      for (const kind of TOKEN_LISTS) renderTokens(kind);
      clearErrors();
      $('#detected').replaceChildren();
    });
  });
  form.addEventListener('input', (event) => {
    const field = event.target.closest?.('.field');
    const out = field?.querySelector('.field-error');
    if (out && !out.hidden) {
      out.hidden = true;
      shownErrors.delete(out);
      event.target.removeAttribute('aria-invalid');
    }
    if (['f-sector', 'f-description'].includes(event.target.id)) scheduleDetect();
  });
  $('#zone-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    state.openZoneId = null;
    state.zoneOpener?.focus();
  });
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  window.addEventListener('popstate', () => route());

  await Promise.all([loadConcepts(), options.loadPresets(), loadCatalogZones()]);
  await route();
  document.body.dataset.ready = 'true';
}

start();
