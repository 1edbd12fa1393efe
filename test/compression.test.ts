import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';

describe('compressed answers', () => {
  let t: TestApp;
  let plain: { body: string; json: unknown };
  beforeAll(async () => {
    t = await createTestApp('pglite');
    const res = await t.app.inject({ method: 'GET', url: '/v1/concepts' });
    expect(res.headers['content-encoding']).toBeUndefined();
    plain = { body: res.body, json: res.json() };
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends the concept list gzip-compressed to a client that accepts gzip, decoding to the same JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/concepts', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    const decoded = gunzipSync(res.rawPayload).toString('utf8');
    expect(JSON.parse(decoded)).toEqual(plain.json);
    // The point of it: the 100+ KB list shrinks to a small fraction.
    const bytes = Buffer.byteLength(plain.body);
    expect(bytes).toBeGreaterThan(100_000);
    expect(res.rawPayload.length).toBeLessThan(bytes / 3);
  });

  it('prefers brotli when the client accepts both', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/concepts', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(res.rawPayload).toString('utf8'))).toEqual(plain.json);
  });

  it('leaves answers under 1 KB, and problem answers, as they are', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/health', headers: { 'accept-encoding': 'gzip' } });
    expect(health.statusCode).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
    const missing = await t.app.inject({ method: 'GET', url: '/v1/zones/nowhere', headers: { 'accept-encoding': 'gzip' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
    expect(missing.json()).toMatchObject({ code: 'ZONE_NOT_FOUND' });
  });
});
