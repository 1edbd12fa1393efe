// Ranking options the API has: component weights (sliders, or a named preset from
// GET /v1/weight-presets) and filters by province, programme and zone type. Province and type
// become `options.zones` (the catalog's zones that match), the programme `options.programs`.

import { callApi } from './api.js';
import { $, h } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import { COMPONENTS } from './render.js';

const KINDS = ['industrial_park', 'innovation_district', 'service_district', 'bonded_zone', 'high_tech_zone'];
/** Slider steps: weights are relative, 0–1 covers every default and preset. */
const WEIGHT_MAX = 1;
const WEIGHT_STEP = 0.05;

/**
 * `onChange()` is called when staff change a weight, a preset or a filter (sliders: once the
 * thumb is let go). `zones()` gives the catalog's zone summaries (GET /v1/zones).
 */
export function setupOptions({ onChange, zones }) {
  const presetSelect = $('#f-preset');
  const sliders = $('#weights');
  const province = $('#f-province');
  const program = $('#f-program');
  const kind = $('#f-kind');
  let presets = [];
  /** 'default' (send nothing), 'preset' (send its name) or 'custom' (send the sliders). */
  let mode = 'default';

  const text = (localized) => localized?.[currentLanguage()] ?? localized?.en ?? '';

  function buildSliders() {
    sliders.replaceChildren(
      ...COMPONENTS.map((c) =>
        h(
          'div',
          { class: 'weight' },
          h('label', { for: `w-${c}` }, h('span', { 'data-i18n': `component.${c}` }, t(`component.${c}`))),
          h('input', { type: 'range', id: `w-${c}`, 'data-component': c, min: 0, max: WEIGHT_MAX, step: WEIGHT_STEP, value: 0, disabled: true }),
          h('output', { for: `w-${c}`, id: `w-${c}-value` }, ''),
        ),
      ),
    );
    for (const input of sliders.querySelectorAll('input')) {
      input.addEventListener('input', () => {
        mode = 'custom';
        presetSelect.value = '';
        showValue(input);
        relabelPresets();
      });
      input.addEventListener('change', () => onChange());
    }
  }

  const showValue = (input) => {
    $(`#${input.id}-value`).textContent = Number(input.value).toFixed(2);
  };

  function setSliders(weights) {
    for (const c of COMPONENTS) {
      const input = $(`#w-${c}`);
      if (weights?.[c] === undefined) continue;
      input.value = String(Math.min(weights[c], WEIGHT_MAX));
      input.disabled = false;
      showValue(input);
    }
  }

  function relabelPresets() {
    const value = presetSelect.value;
    presetSelect.replaceChildren(
      h('option', { value: '' }, mode === 'custom' ? t('options.presetCustom') : t('options.presetNone')),
      ...presets.map((p) => h('option', { value: p.name }, p.note ? `${p.name} — ${p.note}` : p.name)),
    );
    presetSelect.value = value;
  }

  async function loadPresets() {
    try {
      presets = (await callApi('/v1/weight-presets')).items;
    } catch {
      presets = []; // Presets are optional: without them the sliders still work.
    }
    relabelPresets();
  }

  function fillFilters() {
    const all = [...zones().values()];
    const keep = (select, options) => {
      const value = select.value;
      select.replaceChildren(h('option', { value: '' }, t('options.any')), ...options.map(([v, label]) => h('option', { value: v }, label)));
      select.value = options.some(([v]) => v === value) ? value : '';
    };
    const byLabel = (a, b) => a[1].localeCompare(b[1], currentLanguage());
    const provinces = new Map(all.map((z) => [z.location.province.en, text(z.location.province)]));
    keep(province, [...provinces].sort(byLabel));
    const programs = new Map(all.map((z) => [z.program.id, text(z.program.name)]));
    keep(program, [...programs].sort(byLabel));
    const kinds = new Set(all.map((z) => z.kind));
    keep(
      kind,
      KINDS.filter((k) => kinds.has(k)).map((k) => [k, t(`kind.${k}`)]),
    );
  }

  presetSelect.addEventListener('change', () => {
    const chosen = presets.find((p) => p.name === presetSelect.value);
    mode = chosen ? 'preset' : 'default';
    if (chosen) setSliders(chosen.weights);
    relabelPresets();
    onChange();
  });
  $('#weights-reset').addEventListener('click', () => {
    mode = 'default';
    presetSelect.value = '';
    relabelPresets();
    onChange();
  });
  for (const select of [province, program, kind]) select.addEventListener('change', () => onChange());

  buildSliders();

  return {
    loadPresets,
    fillFilters,
    /** The weights an answer used (and its preset): the sliders show them. */
    showAnswer(recommendation) {
      setSliders(recommendation.weights);
      if (recommendation.weightsPreset && presets.some((p) => p.name === recommendation.weightsPreset)) {
        mode = 'preset';
        presetSelect.value = recommendation.weightsPreset;
      }
    },
    /**
     * The options to send with a ranking, or `{ error }` when the filters leave no zone.
     */
    read() {
      const options = {};
      if (mode === 'preset' && presetSelect.value) options.weightsPreset = presetSelect.value;
      if (mode === 'custom') options.weights = Object.fromEntries(COMPONENTS.map((c) => [c, Number($(`#w-${c}`).value)]));
      if (program.value) options.programs = [program.value];
      if (province.value || kind.value) {
        const ids = [...zones().values()]
          .filter((z) => (!province.value || z.location.province.en === province.value) && (!kind.value || z.kind === kind.value))
          .map((z) => z.id);
        if (ids.length === 0) return { error: t('options.noZones') };
        options.zones = ids;
      }
      return { options };
    },
    relabel() {
      relabelPresets();
      fillFilters();
    },
  };
}
