import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildZoneIndex, rankZones } from '../src/engine/index.js';
import { analyzeProfile } from '../src/engine/profile-analysis.js';
import { miniCatalog, miniProfile } from './fixtures/mini-catalog.js';

const index = buildZoneIndex(miniCatalog());
const profile = miniProfile;

describe('detected concepts', () => {
  it('lists a concept named in several fields and wordings once, with every wording in order', () => {
    const p = profile({ products: ['battery packs', 'EV battery modules'], description: 'We make battery packs and 动力电池.' });
    expect(analyzeProfile(index, p, 'en').detected).toEqual([
      {
        id: 'nev-batteries',
        label: 'Power batteries',
        matchedText: 'ev batteries',
        matchedTexts: ['ev batteries', 'battery packs', 'ev battery', '动力电池'],
        field: 'sector',
      },
    ]);
  });

  it('keeps concepts in the order the profile first names them, labelled in the asked language', () => {
    const p = profile({
      sector: 'New materials',
      technologies: ['electric vehicle batteries'],
      description: 'We also offer financial services and sell NEVs.',
    });
    expect(analyzeProfile(index, p, 'ja').detected).toEqual([
      { id: 'new-materials', label: '新素材', matchedText: 'new materials', matchedTexts: ['new materials'], field: 'sector' },
      { id: 'nev', label: '新エネルギー自動車', matchedText: 'electric vehicle', matchedTexts: ['electric vehicle', 'nevs'], field: 'technologies' },
      { id: 'finance', label: '金融', matchedText: 'financial services', matchedTexts: ['financial services'], field: 'description' },
    ]);
  });

  it('gives the ranking one detectedConcepts entry per concept', () => {
    const p = profile({ products: ['battery packs'], description: 'Power batteries for EV battery packs.' });
    expect(rankZones(index, p, { limit: 1, language: 'en' }).detectedConcepts).toEqual([
      { id: 'nev-batteries', label: 'Power batteries', matchedText: 'ev batteries' },
    ]);
  });

  it('never lists a concept twice, whatever the profile says and how often', () => {
    const words = fc.constantFrom(
      'EV battery',
      'battery pack',
      '电池包',
      '動力電池',
      'NEV',
      'new materials',
      'polymer materials',
      'financial services',
      'bakery',
      ', ',
    );
    const text = fc.array(words, { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), fc.array(text, { maxLength: 3 }), text, (sector, products, technologies, description) => {
        const { detected } = analyzeProfile(index, profile({ sector: sector || 'x', products, technologies, description }), 'en');
        const ids = detected.map((d) => d.id);
        return (
          new Set(ids).size === ids.length &&
          detected.every((d) => d.matchedTexts[0] === d.matchedText && new Set(d.matchedTexts).size === d.matchedTexts.length)
        );
      }),
      { numRuns: 300 },
    );
  });
});
