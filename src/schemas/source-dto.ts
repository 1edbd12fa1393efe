/** Request and response shapes of the source documents (GET /v1/sources…). */
import { Type, type Static } from '@sinclair/typebox';
import { LocalizedTextSchema, SOURCE_KINDS, enumOf } from '../catalog/schema.js';

export const SourceDtoSchema = Type.Object(
  {
    doc: Type.String({ description: "The document's file name, as citations name it (source.doc)" }),
    title: { ...LocalizedTextSchema, description: 'The title in en, ja and zh' },
    issuer: Type.Optional({ ...LocalizedTextSchema, description: 'Who issued it (the authority, or the newspaper of a report), in en, ja and zh' }),
    publisher: Type.String({ description: 'Issuer and translator, as the catalog records them (English)' }),
    date: Type.Optional(Type.String({ description: 'When it was issued or published, as precisely as the document says: YYYY, YYYY-MM or YYYY-MM-DD' })),
    kind: Type.Optional(enumOf(SOURCE_KINDS, { description: 'What kind of document it is' })),
    language: Type.Union([Type.Literal('ja'), Type.Literal('zh')], { description: 'The language of the text the catalog cites' }),
    note: Type.Optional(Type.String()),
    textAvailable: Type.Boolean({ description: 'Whether GET /v1/sources/{doc}/excerpt can show its sections' }),
  },
  { title: 'Source' },
);
export type SourceDto = Static<typeof SourceDtoSchema>;

export const SourceListDtoSchema = Type.Object({ items: Type.Array(SourceDtoSchema), total: Type.Integer({ minimum: 0 }) }, { title: 'SourceList' });

export const SourceParamsSchema = Type.Object({ doc: Type.String({ minLength: 1, maxLength: 200, description: 'A document file name from GET /v1/sources' }) });

export const SourceExcerptQuerySchema = Type.Object(
  {
    section: Type.String({
      minLength: 1,
      maxLength: 300,
      description:
        'The section as a citation names it (source.section): a heading path "A > B > C", a table item "… > 27", a negative-list section heading, or a catalogue row "row 627: G422031 …"',
    }),
  },
  { additionalProperties: false },
);

export const SourceExcerptDtoSchema = Type.Object(
  {
    doc: Type.String(),
    section: Type.String(),
    title: LocalizedTextSchema,
    text: Type.String({ description: "The passage in the document's own language, from the section heading to the next heading of its level" }),
    truncated: Type.Boolean({ description: 'true when the passage was cut at its first 6,000 characters' }),
  },
  { title: 'SourceExcerpt' },
);
export type SourceExcerptDto = Static<typeof SourceExcerptDtoSchema>;
