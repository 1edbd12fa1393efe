// Renders a recommendation (cards with the stacked bar, reasons, incentives, concerns and
// sources) and the zone view. Labels come from the dictionary; explanations come from the API
// in the language the recommendation was made in.

import { containsAny, h, highlight } from './dom.js';
import { currentLanguage, t } from './i18n.js';

export const COMPONENTS = ['industry', 'technology', 'incentives', 'cluster', 'activity', 'standing', 'size', 'cooperation', 'logistics'];

/** Incentives shown on a card before the rest fold away under "Show n more". */
const INCENTIVES_SHOWN = 3;
/** Matched industries shown before the weaker ones fold away (the API lists them strongest first). */
const INDUSTRIES_SHOWN = 2;

const number = (value, digits = 1) => new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: digits }).format(value);

export function countryName(code) {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function source(ref, titles) {
  if (!ref) return null;
  // The answer names each document in its language; the file name stays as a tooltip.
  const title = ref.title ?? titles?.get(ref.doc);
  return h(
    'p',
    { class: 'source', title: ref.doc },
    h('span', { class: 'source-label' }, `${t('card.source')}: `),
    title ? h('span', { class: 'source-title' }, title) : h('span', { class: 'source-doc' }, ref.doc),
    ' — ',
    h('cite', {}, ref.section),
  );
}

function badge(text, kind = '') {
  return h('span', { class: `badge ${kind}`.trim() }, text);
}

/** The legend shared by every card's bar. */
export function renderLegend(container) {
  container.replaceChildren(
    h('h3', { class: 'legend-heading' }, t('legend.heading')),
    h(
      'ul',
      { class: 'legend-items' },
      COMPONENTS.map((c) =>
        h(
          'li',
          {},
          h('span', { class: `swatch c-${c}`, 'aria-hidden': 'true' }),
          h('strong', {}, t(`component.${c}`)),
          ' ',
          h('span', { class: 'legend-help' }, t(`componentHelp.${c}`)),
        ),
      ),
    ),
  );
  container.hidden = false;
}

function renderBar(result) {
  const parts = COMPONENTS.map((c) => `${t(`component.${c}`)} ${number(result.components[c].contribution)}`).join(', ');
  const bar = h('div', { class: 'bar', role: 'img', 'aria-label': t('card.bar', { score: number(result.score), parts }) });
  for (const c of COMPONENTS) {
    const points = result.components[c].contribution;
    if (points <= 0) continue;
    const segment = h('span', { class: `segment c-${c}`, 'data-component': c, title: `${t(`component.${c}`)}: ${number(points)}` });
    segment.style.width = `${Math.min(points, 100)}%`;
    bar.append(segment);
  }
  const values = h(
    'ul',
    { class: 'bar-values', 'aria-hidden': 'true' },
    COMPONENTS.map((c) => h('li', {}, h('span', { class: `swatch c-${c}` }), `${t(`component.${c}`)} `, h('b', {}, number(result.components[c].contribution)))),
  );
  return [bar, values];
}

function profilePhrases(profile) {
  return [profile.sector, ...(profile.technologies ?? []), ...(profile.products ?? [])].filter((p) => typeof p === 'string' && p.length > 0);
}

function renderIndustry(i) {
  return h(
    'li',
    { 'data-industry-id': i.industryId },
    h(
      'div',
      { class: 'industry-line' },
      h('span', { class: 'industry-name' }, i.industry),
      ' ',
      badge(t(`relation.${i.relation}`), `rel-${i.relation}`),
      badge(t(`level.${i.level}`)),
      i.origin === 'program' ? badge(t('origin.program'), 'muted') : null,
    ),
    i.matchedTerms.length > 0
      ? h(
          'div',
          { class: 'terms' },
          i.matchedTerms.map((term) => h('mark', {}, term)),
        )
      : null,
    source(i.source),
  );
}

function renderIndustries(result, profile) {
  const industries = result.explanation.matchedIndustries;
  if (industries.length === 0) return [h('h4', {}, t('card.industries')), h('p', { class: 'muted' }, t('card.noIndustries'))];
  const terms = [...new Set(industries.flatMap((i) => i.matchedTerms))];
  const phrases = profilePhrases(profile);
  const words = phrases.filter((p) => containsAny(p, terms));
  return [
    h('h4', {}, t('card.industries')),
    words.length > 0
      ? h(
          'p',
          { class: 'your-words' },
          h('span', { class: 'muted' }, t('card.yourWords')),
          words.map((p, i) => [i > 0 ? ' · ' : null, h('span', { class: 'phrase' }, highlight(p, terms))]),
        )
      : null,
    h('ul', { class: 'industries' }, industries.slice(0, INDUSTRIES_SHOWN).map(renderIndustry)),
    industries.length > INDUSTRIES_SHOWN
      ? h(
          'details',
          { class: 'more' },
          h('summary', {}, t('card.moreIndustries', { count: industries.length - INDUSTRIES_SHOWN })),
          h('ul', { class: 'industries' }, industries.slice(INDUSTRIES_SHOWN).map(renderIndustry)),
        )
      : null,
    result.explanation.matchedTechnologyTerms.length > 0
      ? h('p', { class: 'tech-terms' }, h('span', { class: 'muted' }, t('card.techTerms')), result.explanation.matchedTechnologyTerms.join(' · '))
      : null,
  ];
}

function renderIncentive(incentive) {
  return h(
    'li',
    { 'data-incentive-id': incentive.id },
    h(
      'div',
      {},
      h('strong', {}, incentive.title),
      ' ',
      badge(t(`incentive.${incentive.type}`)),
      incentive.status === 'proposed' ? badge(t('status.proposed'), 'warn') : null,
      incentive.origin === 'program' ? badge(t('origin.program'), 'muted') : null,
    ),
    h('p', { class: 'why' }, incentive.why),
    source(incentive.source),
  );
}

function renderIncentives(result) {
  const list = result.explanation.applicableIncentives;
  if (list.length === 0) return [h('h4', {}, t('card.incentives', { count: 0 })), h('p', { class: 'muted' }, t('card.noIncentives'))];
  const total = result.explanation.applicableIncentiveCount ?? list.length;
  const shown = list.slice(0, INCENTIVES_SHOWN);
  const rest = list.slice(INCENTIVES_SHOWN);
  return [
    // The service lists the most valuable measures and counts them all; the zone view lists every one.
    h('h4', {}, total > list.length ? t('card.incentivesOf', { shown: list.length, count: total }) : t('card.incentives', { count: list.length })),
    h('ul', { class: 'incentives' }, shown.map(renderIncentive)),
    rest.length > 0
      ? h(
          'details',
          { class: 'more' },
          h('summary', {}, t('card.moreIncentives', { count: rest.length })),
          h('ul', { class: 'incentives' }, rest.map(renderIncentive)),
        )
      : null,
  ];
}

function renderConcerns(result) {
  const list = result.explanation.concerns;
  return [
    h('h4', {}, t('card.concerns')),
    list.length === 0
      ? h('p', { class: 'muted' }, t('card.noConcerns'))
      : h(
          'ul',
          { class: 'concerns' },
          list.map((c) => h('li', { 'data-code': c.code }, h('p', {}, c.message), source(c.source))),
        ),
  ];
}

function renderComponentTable(result) {
  return h(
    'details',
    { class: 'components' },
    h('summary', {}, t('card.components')),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, ''),
          h('th', { scope: 'col' }, t('card.componentScore')),
          h('th', { scope: 'col' }, t('card.componentWeight')),
          h('th', { scope: 'col' }, t('card.componentPoints')),
        ),
      ),
      h(
        'tbody',
        {},
        COMPONENTS.map((c) => {
          const part = result.components[c];
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, t(`component.${c}`)),
            h('td', {}, number(part.score, 3)),
            h('td', {}, number(part.weight, 3)),
            h('td', {}, number(part.contribution)),
          );
        }),
      ),
    ),
  );
}

/** The whole ranking at a glance: rank, zone, a small bar and the score, each linking to its card. */
export function renderOverview(list, recommendation) {
  list.replaceChildren(
    ...recommendation.results.map((result) => {
      const bar = h('span', { class: 'mini-bar', 'aria-hidden': 'true' });
      for (const c of COMPONENTS) {
        const points = result.components[c].contribution;
        if (points <= 0) continue;
        const segment = h('span', { class: `segment c-${c}` });
        segment.style.width = `${Math.min(points, 100)}%`;
        bar.append(segment);
      }
      return h(
        'li',
        { 'data-zone-id': result.zone.id },
        h('span', { class: 'overview-rank' }, String(result.rank)),
        h('a', { href: `#card-${result.rank}` }, result.zone.name),
        bar,
        h('span', { class: 'overview-score' }, number(result.score)),
      );
    }),
  );
  list.hidden = recommendation.results.length === 0;
}

/** One card per ranked zone. `onOpenZone(id, button)` opens the zone view. */
export function renderCards(list, recommendation, onOpenZone) {
  list.replaceChildren(
    ...recommendation.results.map((result) => {
      const headingId = `zone-${result.rank}-name`;
      return h(
        'li',
        { class: 'card', id: `card-${result.rank}`, tabindex: '-1', 'data-zone-id': result.zone.id, 'data-rank': result.rank, 'aria-labelledby': headingId },
        h(
          'div',
          { class: 'card-head' },
          h(
            'span',
            { class: 'rank' },
            h('span', { class: 'visually-hidden' }, t('card.rank', { rank: result.rank })),
            h('span', { 'aria-hidden': 'true' }, String(result.rank)),
          ),
          h(
            'div',
            { class: 'card-title' },
            h('h3', { id: headingId, class: 'zone-name' }, result.zone.name),
            h('p', { class: 'zone-meta' }, result.zone.city, ' · ', h('code', { class: 'zone-id' }, result.zone.id)),
          ),
          h('div', { class: 'score' }, h('span', { class: 'score-value' }, number(result.score)), h('span', { class: 'score-label' }, t('card.score'))),
        ),
        renderBar(result),
        result.penaltyFactor < 1 ? h('p', { class: 'penalty' }, t('card.penalty', { factor: number(result.penaltyFactor, 2) })) : null,
        h('p', { class: 'summary' }, result.explanation.summary),
        h(
          'div',
          { class: 'card-columns' },
          h('div', { class: 'reasons' }, renderIndustries(result, recommendation.profile)),
          h('div', { class: 'offers' }, renderIncentives(result), renderConcerns(result)),
        ),
        h(
          'div',
          { class: 'card-foot' },
          renderComponentTable(result),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary open-zone',
              'data-zone-id': result.zone.id,
              onclick: (event) => onOpenZone(result.zone.id, event.currentTarget),
            },
            t('action.openZone'),
          ),
        ),
      );
    }),
  );
}

// ---------------------------------------------------------------------------
// Zone view
// ---------------------------------------------------------------------------

function section(title, items, render) {
  return h(
    'section',
    { class: 'zone-section' },
    h('h3', {}, title),
    items.length === 0 ? h('p', { class: 'muted' }, t('zone.none')) : h('ul', {}, items.map(render)),
  );
}

function describeEligibility(eligibility, conceptLabel) {
  const parts = [];
  const countries = (codes) => codes.map(countryName).join(', ');
  if (eligibility.countries) parts.push(t('eligibility.countries', { value: countries(eligibility.countries) }));
  if (eligibility.excludeCountries) parts.push(t('eligibility.excludeCountries', { value: countries(eligibility.excludeCountries) }));
  if (eligibility.concepts) parts.push(t('eligibility.concepts', { value: eligibility.concepts.map(conceptLabel).join(', ') }));
  if (eligibility.stages) parts.push(t('eligibility.stages', { value: eligibility.stages.map((s) => t(`stage.${s}`)).join(', ') }));
  if (eligibility.highTech) parts.push(t('eligibility.highTech'));
  if (eligibility.minRdIntensityPct !== undefined) parts.push(t('eligibility.minRdIntensityPct', { value: eligibility.minRdIntensityPct }));
  if (eligibility.minExportSharePct !== undefined) parts.push(t('eligibility.minExportSharePct', { value: eligibility.minExportSharePct }));
  return parts.length > 0 ? parts.join('; ') : t('zone.anyCompany');
}

/** Everything the catalog holds about a zone, in the current interface language. */
export function renderZone(zone, conceptLabel) {
  const lang = currentLanguage();
  const text = (localized) => localized?.[lang] ?? localized?.en ?? '';
  const titles = new Map(zone.sources.filter((s) => s.title).map((s) => [s.doc, text(s.title)]));
  const cite = (ref) => source(ref, titles);
  const fact = (label, value, ref) =>
    value === undefined || value === null || value === '' ? null : [h('dt', {}, label), h('dd', {}, value, ref ? cite(ref) : null)];
  const origin = (item) => (item.origin === 'program' ? badge(t('origin.program'), 'muted') : null);
  const location = [text(zone.location.province), text(zone.location.city), zone.location.district ? text(zone.location.district) : '']
    .filter(Boolean)
    .join(' · ');
  const distance = (key) => zone.distancesKm?.[key];

  return [
    h('p', { class: 'zone-summary' }, text(zone.summary)),
    h(
      'section',
      { class: 'zone-section' },
      h('h3', {}, t('zone.facts')),
      h(
        'dl',
        { class: 'facts' },
        fact(t('zone.program'), text(zone.program.name)),
        fact(t('zone.kind'), t(`kind.${zone.kind}`)),
        fact(t('zone.location'), location),
        zone.areaKm2 ? fact(t('zone.area'), t('zone.km2', { value: number(zone.areaKm2.value, 2) }), zone.areaKm2.source) : null,
        ['airport', 'port', 'cityCentre'].map((key) =>
          distance(key) ? fact(t(`zone.${key}`), t('zone.km', { value: number(distance(key).value) }), distance(key).source) : null,
        ),
        fact(t('zone.completeness'), t(`completeness.${zone.completeness}`)),
        zone.catalogueCodes?.length ? fact(t('zone.catalogueCodes'), zone.catalogueCodes.join(', ')) : null,
      ),
    ),
    section(t('zone.industries'), zone.industries, (i) =>
      h(
        'li',
        {},
        h('div', {}, h('strong', {}, text(i.name)), ' ', badge(t(`level.${i.level}`)), origin(i)),
        i.concepts.length > 0 ? h('p', { class: 'muted' }, i.concepts.map(conceptLabel).join(' · ')) : null,
        i.details.length > 0 ? h('p', { class: 'details' }, i.details.map(text).join(lang === 'en' ? '; ' : '、')) : null,
        cite(i.source),
      ),
    ),
    section(t('zone.incentives'), zone.incentives, (i) =>
      h(
        'li',
        {},
        h(
          'div',
          {},
          h('strong', {}, text(i.title)),
          ' ',
          badge(t(`incentive.${i.type}`)),
          i.status === 'proposed' ? badge(t('status.proposed'), 'warn') : badge(t('status.stated')),
          origin(i),
        ),
        h('p', {}, text(i.summary)),
        h('p', { class: 'muted' }, `${t('zone.eligibility')}: ${describeEligibility(i.eligibility, conceptLabel)}`),
        i.serves.length > 0 ? h('p', { class: 'muted' }, `${t('zone.serves')}: ${i.serves.map((n) => t(`need.${n}`)).join(', ')}`) : null,
        cite(i.source),
      ),
    ),
    section(t('zone.restrictions'), zone.restrictions, (r) => h('li', {}, h('p', {}, text(r.description), ' ', origin(r)), cite(r.source))),
    section(t('zone.targets'), zone.targets, (target) =>
      h('li', {}, h('p', {}, h('strong', {}, String(target.year)), ' ', text(target.description), ' ', origin(target)), cite(target.source)),
    ),
    section(t('zone.partners'), zone.partners, (p) => h('li', {}, h('p', {}, `${countryName(p.country)} (${p.country}) `, origin(p)), cite(p.source))),
    section(t('zone.platforms'), zone.platforms, (p) => h('li', {}, h('p', {}, text(p.name), ' ', origin(p)), cite(p.source))),
    section(t('zone.sources'), zone.sources, (s) =>
      h(
        'li',
        {},
        h('p', {}, s.title ? h('strong', {}, text(s.title)) : null, ' ', h('span', { class: 'source-doc' }, s.doc)),
        h('p', { class: 'muted' }, h('cite', {}, s.section)),
      ),
    ),
  ];
}
