import { describe, expect, it } from 'vitest';
import { preferredLanguage, preferredMediaType } from '../src/negotiation.js';

describe('content negotiation', () => {
  it('picks the explanation language by quality, prefix and order, else English', () => {
    expect(preferredLanguage(undefined)).toBe('en');
    expect(preferredLanguage('')).toBe('en');
    expect(preferredLanguage('ja-JP,ja;q=0.9,en;q=0.8')).toBe('ja');
    expect(preferredLanguage('fr, zh-CN;q=0.7, ja;q=0.5')).toBe('zh');
    expect(preferredLanguage('de, fr')).toBe('en');
    expect(preferredLanguage('ja;q=0, zh;q=0.1')).toBe('zh');
  });

  it('honours quality values and exclusions in Accept', () => {
    const offered = ['application/json', 'text/csv'];
    expect(preferredMediaType(undefined, offered)).toBe('application/json');
    expect(preferredMediaType('', offered)).toBe('application/json');
    expect(preferredMediaType('*/*', offered)).toBe('application/json');
    expect(preferredMediaType('text/csv', offered)).toBe('text/csv');
    expect(preferredMediaType('application/json;q=0.5, text/csv', offered)).toBe('text/csv');
    expect(preferredMediaType('text/*', offered)).toBe('text/csv');
    expect(preferredMediaType('application/json;q=0', ['application/json'])).toBeUndefined();
    expect(preferredMediaType('image/png', offered)).toBeUndefined();
  });
});
