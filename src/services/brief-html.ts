/**
 * The client brief as one HTML page, laid out for A4 (styles in public/brief.css, served under
 * /assets/): the profile, an overview of the zones, then each zone with why it fits, the
 * incentives that apply, the points to check, its figures and its titled sources, each fact
 * marked with the number of its source. Every label comes from src/labels.ts in the brief's
 * language; every text from the profile, the catalog or the engine is escaped.
 */
import escapeHtml from 'escape-html';
import type { SourceRef } from '../catalog/schema.js';
import { LABELS, fill, type Labels } from '../labels.js';
import type { Brief, ComparedZone } from '../schemas/comparison-dto.js';

/** Markup that is already safe; anything else interpolated into `html` is escaped. */
class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Markup | string | number | undefined | null | false | readonly Part[];

function render(part: Part): string {
  if (part === undefined || part === null || part === false) return '';
  if (part instanceof Markup) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** A template whose interpolations are escaped (arrays joined, Markup kept, empty values dropped). */
function html(strings: TemplateStringsArray, ...values: Part[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ''), ''));
}

const number = (locale: string, value: number, digits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);

/** "Japan" / "日本" from an ISO country code, with the code itself when Intl has no name. */
function countryName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The zone's sources, numbered from 1, and a function giving a cited section's number. */
function numbering(zone: ComparedZone): (ref: SourceRef | undefined) => Markup {
  const index = new Map(zone.sources.map((s, i) => [`${s.doc}\0${s.section}`, i + 1]));
  return (ref) => {
    const n = ref ? index.get(`${ref.doc}\0${ref.section}`) : undefined;
    return n ? html`<sup class="cite">[${n}]</sup>` : html``;
  };
}

function profileSection(brief: Brief, l: Labels): Markup {
  const p = brief.profile;
  const join = (items: readonly string[]) => items.join(l.listSeparator);
  const rows: [string, string | undefined][] = [
    [l.brief.company, p.name],
    [l.brief.country, p.country ? countryName(l.locale, p.country) : undefined],
    [l.brief.sector, p.sector],
    [l.brief.technologies, p.technologies.length > 0 ? join(p.technologies) : undefined],
    [l.brief.products, p.products.length > 0 ? join(p.products) : undefined],
    [l.brief.employees, p.size?.employees !== undefined ? number(l.locale, p.size.employees) : undefined],
    [l.brief.plannedInvestment, p.size?.plannedInvestmentUsd !== undefined ? `USD ${number(l.locale, p.size.plannedInvestmentUsd)}` : undefined],
    [l.brief.landArea, p.size?.landAreaM2 !== undefined ? `${number(l.locale, p.size.landAreaM2)} m²` : undefined],
    [l.brief.stage, p.stage ? l.stage[p.stage] : undefined],
    [l.brief.needs, p.needs.length > 0 ? join(p.needs.map((n) => l.need[n])) : undefined],
    [l.brief.recognised, p.recognisedIndustries.length > 0 ? join(p.recognisedIndustries) : l.brief.noneRecognised],
  ];
  return html`<section class="profile" aria-labelledby="profile-heading">
<h2 id="profile-heading">${l.brief.profile}</h2>
<dl class="facts">${rows.filter(([, v]) => v !== undefined).map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
</section>`;
}

function overview(brief: Brief, l: Labels): Markup {
  return html`<section class="overview" aria-labelledby="overview-heading">
<h2 id="overview-heading">${l.brief.shortlist}</h2>
<table>
<thead><tr><th scope="col">#</th><th scope="col">${l.brief.zone}</th><th scope="col">${l.brief.location}</th><th scope="col" class="num">${l.brief.score}</th></tr></thead>
<tbody>${brief.zones.map(
    (z, i) =>
      html`<tr><td>${i + 1}</td><td>${z.name}</td><td>${[z.location.city, z.location.province].filter((x, j, all) => all.indexOf(x) === j).join(l.listSeparator)}</td><td class="num">${z.score.toFixed(1)}</td></tr>`,
  )}</tbody>
</table>
<p class="note">${l.brief.shortlistIntro}</p>
</section>`;
}

function zoneSection(zone: ComparedZone, position: number, l: Labels): Markup {
  const cite = numbering(zone);
  const b = l.brief;
  const km = (value: number) => `${number(l.locale, value, 1)} km`;
  const figures: [string, { value: number; source: SourceRef } | null, (v: number) => string][] = [
    [b.area, zone.figures.areaKm2, (v) => `${number(l.locale, v, 2)} km²`],
    [b.distancePort, zone.figures.distancesKm.port, km],
    [b.distanceAirport, zone.figures.distancesKm.airport, km],
    [b.distanceCity, zone.figures.distancesKm.cityCentre, km],
  ];
  const more = zone.applicableIncentiveCount - zone.applicableIncentives.length;
  const place = [zone.location.district, zone.location.city, zone.location.province].filter((x, i, all) => x !== undefined && all.indexOf(x) === i);
  return html`<section class="zone" id="zone-${zone.id}" aria-labelledby="zone-${zone.id}-heading">
<header class="zone-head">
<h2 id="zone-${zone.id}-heading"><span class="zone-number">${position}</span> ${zone.name}</h2>
<p class="zone-score">${b.score} <strong>${fill(b.scoreOutOf, { score: zone.score.toFixed(1) })}</strong></p>
<p class="zone-meta">${zone.program.name} · ${l.kind[zone.kind]} · ${place.join(l.listSeparator)}</p>
</header>
<h3>${b.why}</h3>
<p class="summary">${zone.summary}</p>
<div class="columns">
<section class="industries"><h4>${b.matchedIndustries}</h4>
${
  zone.matchedIndustries.length > 0
    ? html`<ul>${zone.matchedIndustries.map((m) => html`<li>${m.industry} <span class="aside">(${fill(b.industryMatch, { relation: l.relation[m.relation], level: l.level[m.level] })})</span>${cite(m.source)}</li>`)}</ul>`
    : html`<p>${b.noIndustryMatch}</p>`
}
</section>
<section class="incentives"><h4>${b.incentives}</h4>
${
  zone.applicableIncentiveCount > 0
    ? html`<p>${fill(b.incentivesCount, { n: zone.applicableIncentiveCount })}</p>
<ul>${zone.applicableIncentives.map((i) => html`<li><span class="title">${i.title}</span>${i.status === 'proposed' ? html` <span class="aside">(${b.proposed})</span>` : ''}${cite(i.source)}<br><span class="why">${i.why}</span></li>`)}</ul>
${more > 0 ? html`<p class="aside">${fill(b.incentivesMore, { n: more })}</p>` : ''}`
    : html`<p>${b.incentivesNone}</p>`
}
</section>
</div>
<section class="concerns"><h4>${b.concerns}</h4>
${zone.concerns.length > 0 ? html`<ul>${zone.concerns.map((c) => html`<li>${c.message}${cite(c.source)}</li>`)}</ul>` : html`<p>${b.noConcerns}</p>`}
</section>
<section class="figures-block"><h4>${b.figures}</h4>
<dl class="figures">${figures.map(([label, f, show]) => html`<div><dt>${label}</dt><dd>${f ? html`${show(f.value)}${cite(f.source)}` : b.notGiven}</dd></div>`)}</dl>
</section>
<section class="sources"><h4>${b.sources}</h4>
<ol>${zone.sources.map((s) => html`<li><span class="source-title">${s.title}</span> — ${s.section}</li>`)}</ol>
</section>
</section>`;
}

/** The whole brief page; `assets` is the URL prefix of public/ (its stylesheet and icon). */
export function renderBriefHtml(brief: Brief, assets: string): string {
  const l = LABELS[brief.language];
  const company = brief.profile.name;
  const date = new Intl.DateTimeFormat(l.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(brief.answeredAt));
  return `<!doctype html>\n${
    html`<html lang="${l.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fill(l.brief.title, { company })}</title>
<link rel="stylesheet" href="${assets}brief.css">
<link rel="icon" href="${assets}favicon.svg" type="image/svg+xml">
</head>
<body>
<main class="brief">
<header class="brief-head">
<h1>${fill(l.brief.heading, { company })}</h1>
<p class="prepared">${fill(l.brief.prepared, { date, id: brief.recommendationId })}</p>
</header>
${profileSection(brief, l)}
${overview(brief, l)}
${brief.zones.map((z, i) => zoneSection(z, i + 1, l))}
<footer class="brief-foot"><p>${fill(l.brief.footer, { engine: brief.engineVersion, catalog: brief.catalogVersion })}</p></footer>
</main>
</body>
</html>`.text
  }\n`;
}
