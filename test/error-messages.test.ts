/**
 * Every Ajv keyword a schema may use, answered in words: the messages problemsFromSchemaErrors
 * gives for the app's own Ajv (src/validation.ts), without building the app.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { describeProblems, problemsFromSchemaErrors } from '../src/errors.js';
import { createValidators } from '../src/validation.js';

const validators = createValidators();

/** The problems of `value` against `schema`, as a request body's would be reported (under /body). */
function problems(schema: TSchema | object, value: unknown) {
  const validate = validators.body(schema as TSchema);
  expect(validate(value)).toBe(false);
  return problemsFromSchemaErrors(validate.errors ?? [], '/body');
}

describe('validation messages', () => {
  it.each([
    ['type', Type.Object({ n: Type.Number() }), { n: '1' }, [{ path: '/body/n', message: 'must be a number' }]],
    ['type (integer)', Type.Object({ n: Type.Integer() }), { n: 1.5 }, [{ path: '/body/n', message: 'must be a whole number' }]],
    [
      'type (several)',
      { type: 'object', properties: { n: { type: ['string', 'null'] } } },
      { n: 1 },
      [{ path: '/body/n', message: 'must be a string or null' }],
    ],
    ['required', Type.Object({ name: Type.String() }), {}, [{ path: '/body/name', message: 'is required' }]],
    ['additionalProperties', Type.Object({}, { additionalProperties: false }), { x: 1 }, [{ path: '/body/x', message: 'is not a known field' }]],
    ['enum', { enum: ['a', 'b', 'c'] }, 'd', [{ path: '/body', message: 'must be one of: a, b, c' }]],
    ['const', Type.Literal('yes'), 'no', [{ path: '/body', message: 'must be yes' }]],
    [
      'anyOf of constants (a TypeBox union of literals)',
      Type.Object({ stage: Type.Union([Type.Literal('new'), Type.Literal('contacted'), Type.Literal('won')]) }),
      { stage: 'lost' },
      [{ path: '/body/stage', message: 'must be one of: new, contacted, won' }],
    ],
    ['anyOf of constants, given another type', Type.Union([Type.Literal('a'), Type.Literal('b')]), 3, [{ path: '/body', message: 'must be one of: a, b' }]],
    ['anyOf of types', Type.Union([Type.String(), Type.Null()]), 3, [{ path: '/body', message: 'must be a string or null' }]],
    [
      'anyOf where the value has one branch shape but fails inside it',
      Type.Union([Type.Object({ lat: Type.Number() }), Type.Null()]),
      { lat: 'north' },
      [{ path: '/body/lat', message: 'must be a number' }],
    ],
    ['oneOf matching two', { oneOf: [{ type: 'number' }, { type: 'integer' }] }, 1, [{ path: '/body', message: 'matches more than one of the allowed forms' }]],
    ['minLength 1', Type.String({ minLength: 1 }), '', [{ path: '/body', message: 'must not be empty' }]],
    ['minLength', Type.String({ minLength: 3 }), 'ab', [{ path: '/body', message: 'must be at least 3 characters long' }]],
    ['maxLength', Type.String({ maxLength: 1 }), 'ab', [{ path: '/body', message: 'must be at most 1 character long' }]],
    ['minItems', Type.Array(Type.Number(), { minItems: 2 }), [1], [{ path: '/body', message: 'must have at least 2 items' }]],
    ['maxItems', Type.Array(Type.Number(), { maxItems: 1 }), [1, 2], [{ path: '/body', message: 'must have at most 1 item' }]],
    [
      'uniqueItems',
      Type.Array(Type.Number(), { uniqueItems: true }),
      [1, 2, 1],
      [{ path: '/body', message: 'must not repeat an item (items 0 and 2 are the same)' }],
    ],
    ['minimum', Type.Number({ minimum: 0 }), -1, [{ path: '/body', message: 'must be at least 0' }]],
    ['maximum', Type.Number({ maximum: 10 }), 11, [{ path: '/body', message: 'must be at most 10' }]],
    ['exclusiveMinimum', Type.Number({ exclusiveMinimum: 0 }), 0, [{ path: '/body', message: 'must be greater than 0' }]],
    ['exclusiveMaximum', Type.Number({ exclusiveMaximum: 1 }), 1, [{ path: '/body', message: 'must be less than 1' }]],
    ['multipleOf', Type.Number({ multipleOf: 5 }), 7, [{ path: '/body', message: 'must be a multiple of 5' }]],
    [
      'pattern the app knows',
      Type.String({ pattern: '^[A-Za-z]{2}$' }),
      'JPN',
      [{ path: '/body', message: 'must be a two-letter ISO 3166-1 country code, e.g. JP' }],
    ],
    ['any other pattern', Type.String({ pattern: '^x+$' }), 'y', [{ path: '/body', message: 'must match the pattern ^x+$' }]],
    ['format', Type.String({ format: 'date-time' }), 'today', [{ path: '/body', message: 'must be a date-time with a time zone, e.g. 2026-12-05T09:30:00Z' }]],
    ['minProperties', Type.Object({}, { minProperties: 1 }), {}, [{ path: '/body', message: 'must have at least 1 field' }]],
    ['maxProperties', { type: 'object', maxProperties: 1 }, { a: 1, b: 2 }, [{ path: '/body', message: 'must have at most 1 field' }]],
    ['dependencies', { type: 'object', dependencies: { to: ['from'] } }, { to: 1 }, [{ path: '/body', message: 'needs from when to is given' }]],
    [
      'propertyNames',
      { type: 'object', propertyNames: { pattern: '^[a-z]+$' } },
      { Bad: 1 },
      [
        { path: '/body', message: 'must match the pattern ^[a-z]+$' },
        { path: '/body', message: 'has a field name that is not allowed: "Bad"' },
      ],
    ],
    [
      'contains',
      { type: 'array', contains: { type: 'string' } },
      [1],
      [
        { path: '/body/0', message: 'must be a string' },
        { path: '/body', message: 'must contain at least 1 item of the required kind' },
      ],
    ],
    ['not', { not: { type: 'string' } }, 'x', [{ path: '/body', message: 'has a value that is not allowed here' }]],
    ['not anything (TypeBox Never)', Type.Object({ x: Type.Never() }), { x: 1 }, [{ path: '/body/x', message: 'is not allowed here' }]],
    [
      'if/then (the then speaks)',
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema if/then, which Ajv reads as keywords.
      { type: 'object', if: { properties: { status: { const: 'declined' } } }, then: { required: ['reason'] } },
      { status: 'declined' },
      [{ path: '/body/reason', message: 'is required' }],
    ],
    ['false schema', { type: 'object', properties: { x: false } }, { x: 1 }, [{ path: '/body/x', message: 'is not allowed here' }]],
    [
      'anyOf of other forms',
      {
        anyOf: [
          { type: 'string', minLength: 2 },
          { type: 'number', minimum: 5 },
        ],
      },
      'a',
      [{ path: '/body', message: 'must be at least 2 characters long' }],
    ],
  ] as const)('%s', (_keyword, schema, value, expected) => {
    expect(problems(schema, value)).toEqual(expected);
  });

  it('names array items by their index, and keeps each problem once', () => {
    const schema = Type.Object({ needs: Type.Array(Type.Union([Type.Literal('land'), Type.Literal('talent')])) });
    expect(problems(schema, { needs: ['land', 'moon', 'sea'] })).toEqual([
      { path: '/body/needs/1', message: 'must be one of: land, talent' },
      { path: '/body/needs/2', message: 'must be one of: land, talent' },
    ]);
  });

  it('sums up the first three problems in the detail and counts the rest', () => {
    const four = [1, 2, 3, 4].map((i) => ({ path: `/body/f${i}`, message: 'is required' }));
    expect(describeProblems(four)).toBe('/body/f1 is required; /body/f2 is required; /body/f3 is required; and 1 more');
    expect(describeProblems(four.slice(0, 1))).toBe('/body/f1 is required');
  });
});
