import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOpenApi, OPENAPI_PATH } from '../src/tools/openapi.js';

describe('the OpenAPI document', () => {
  it('matches the committed copy (run `npm run openapi` after changing a route)', async () => {
    const fresh = await generateOpenApi();
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(fresh);
  });

  it('gives every operation a summary, tags and its responses, and examples in three languages for recommendations', async () => {
    const document = JSON.parse(await generateOpenApi());
    expect(document.openapi).toBe('3.1.0');
    for (const [path, operations] of Object.entries<Record<string, any>>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(operations)) {
        expect(operation.summary, `${method} ${path}`).toBeTruthy();
        expect(operation.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
        // 200, or 201 for an operation that creates something.
        expect(
          Object.keys(operation.responses).filter((status) => /^20[01]$/.test(status)),
          `${method} ${path}`,
        ).not.toEqual([]);
      }
    }
    const post = document.paths['/v1/recommendations'].post;
    const examples = post.requestBody.content['application/json'].examples;
    const languages = Object.values<any>(examples).map((e) => e.value.options.language);
    expect(languages.sort()).toEqual(['en', 'ja', 'zh']);
    expect(Object.keys(post.responses).sort()).toEqual(['200', '400', '401', '406', '413', '415', '429', '503']);
  });
});
