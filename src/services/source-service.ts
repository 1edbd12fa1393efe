/**
 * The source documents a client can check: each one's title, issuer, date and kind (from the live
 * catalog), and the passage a citation points to (from the texts shipped under seeds/documents/).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NegativeList, SourceDocument } from '../catalog/schema.js';
import { ApiError } from '../errors.js';
import type { SourceDto, SourceExcerptDto } from '../schemas/source-dto.js';
import type { CatalogView } from './catalog-view.js';
import { findExcerpt, type ExcerptResult } from './excerpt.js';

/** Where the document texts are shipped; the 2018 national catalogue lives in seeds/national/. */
export const DOCUMENTS_DIR = resolve(fileURLToPath(new URL('../../seeds/documents', import.meta.url)));
const NATIONAL_DIR = resolve(fileURLToPath(new URL('../../seeds/national', import.meta.url)));

const CATALOGUE_DOC = 'china-dev-zones-2018.csv';
const NEGATIVE_LIST_DOC = 'negative-list-2024.csv';

/** Reads a document's text once per process. */
export class DocumentTexts {
  private readonly texts = new Map<string, string | null>();
  constructor(
    private readonly dir: string = DOCUMENTS_DIR,
    private readonly nationalDir: string = NATIONAL_DIR,
  ) {}

  /** The document's text, or undefined when it is not shipped. */
  text(doc: string): string | undefined {
    if (!this.texts.has(doc)) {
      const path = doc === CATALOGUE_DOC ? join(this.nationalDir, doc) : join(this.dir, doc);
      let text: string | null;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        text = null;
      }
      this.texts.set(doc, text);
    }
    return this.texts.get(doc) ?? undefined;
  }
}

function toDto(source: SourceDocument, texts: DocumentTexts): SourceDto {
  return {
    doc: source.doc,
    title: source.title,
    ...(source.issuer ? { issuer: source.issuer } : {}),
    publisher: source.publisher,
    ...(source.published ? { date: source.published } : {}),
    ...(source.kind ? { kind: source.kind } : {}),
    language: source.language,
    ...(source.note ? { note: source.note } : {}),
    textAvailable: texts.text(source.doc) !== undefined,
  };
}

const csvRows = (text: string): Record<string, string>[] => parse(text, { columns: true, skip_empty_lines: true });

/**
 * A negative-list section: its transcribed measures in the official wording, and the numbers of
 * the measures of that section the transcription lacks.
 */
function negativeListExcerpt(text: string, section: string, list: NegativeList | undefined): ExcerptResult {
  const inSection = csvRows(text).filter((r) => r.section_zh === section.trim());
  const missing = (list?.measures ?? []).filter((m) => !m.transcribed && m.section === section.trim()).map((m) => m.measure);
  if (inSection.length === 0 && missing.length === 0) return { missing: section };
  const lines = [section.trim(), ...inSection.map((r) => `${r.seq}. ${r.measure_zh}`)];
  if (missing.length > 0) lines.push(`(Not transcribed: measure${missing.length === 1 ? '' : 's'} ${missing.join(', ')}.)`);
  return { text: lines.join('\n'), truncated: false };
}

/** A catalogue row, by the code its citation names ("row 627: G422031 …"), as "column: value" lines. */
function catalogueExcerpt(text: string, section: string): ExcerptResult {
  const code = /[GS][0-9]{6}/.exec(section)?.[0];
  if (!code) return { missing: section };
  const withCode = csvRows(text).filter((r) => r.code === code);
  // One code is given to two zones in the source (S377018): the citation's name tells them apart.
  const named = withCode.filter((r) => r.name_zh !== undefined && section.includes(r.name_zh));
  const rows = named.length > 0 ? named : withCode;
  if (rows.length === 0) return { missing: section };
  return {
    text: rows
      .map((r) =>
        Object.entries(r)
          .map(([k, v]) => `${k}: ${v}`)
          .join('\n'),
      )
      .join('\n\n'),
    truncated: false,
  };
}

export class SourceService {
  constructor(
    private readonly catalog: () => CatalogView,
    private readonly texts: DocumentTexts = new DocumentTexts(),
  ) {}

  list(): SourceDto[] {
    return this.catalog().catalog.sources.map((s) => toDto(s, this.texts));
  }

  get(doc: string): SourceDto {
    return toDto(this.source(doc), this.texts);
  }

  /** The passage a citation of `doc` under `section` points to. 404 for an unknown document or section. */
  excerpt(doc: string, section: string): SourceExcerptDto {
    const source = this.source(doc);
    const text = this.texts.text(doc);
    if (text === undefined) throw new ApiError('SECTION_NOT_FOUND', `The text of "${doc}" is not shipped with this server, so no section of it can be shown.`);
    const found =
      doc === NEGATIVE_LIST_DOC
        ? negativeListExcerpt(text, section, this.catalog().catalog.negativeList)
        : doc === CATALOGUE_DOC
          ? catalogueExcerpt(text, section)
          : findExcerpt(text, section);
    if ('missing' in found) {
      const part = found.missing === section ? `"${section}"` : `"${found.missing}" (of "${section}")`;
      throw new ApiError('SECTION_NOT_FOUND', `${source.title.en} (${doc}) has no section ${part}.`, {
        errors: [{ path: '/querystring/section', message: `no section ${part} in ${doc}` }],
      });
    }
    return { doc, section, title: source.title, text: found.text, truncated: found.truncated };
  }

  private source(doc: string): SourceDocument {
    const source = this.catalog().catalog.sources.find((s) => s.doc === doc);
    if (!source) throw new ApiError('SOURCE_NOT_FOUND', `There is no source document "${doc}" (GET /v1/sources lists them).`);
    return source;
  }
}
