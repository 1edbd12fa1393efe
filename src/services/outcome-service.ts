/**
 * Lead outcomes: what happened between a company and a zone, recorded by staff keys and never
 * changed afterwards. The company is named by one of its stored recommendations, which also ties
 * the outcome to the profile that was ranked (what `npm run learn-weights` learns from).
 */
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../db/client.js';
import type { AuthenticatedKey } from '../auth/guard.js';
import type { Language } from '../catalog/schema.js';
import { databaseUnavailable, problem, validationProblem, type ApiError } from '../errors.js';
import { findRecommendedCompany, insertOutcome, listOutcomes, type OutcomeFilter, type OutcomeRecord } from '../repositories/lead-outcome-repository.js';
import type { Outcome, OutcomeList, OutcomeQuery, RecordOutcome } from '../schemas/outcome-dto.js';
import type { CatalogView } from './catalog-view.js';

/** The CSV export's columns, in order. */
export const OUTCOME_CSV_COLUMNS = [
  'recorded_at',
  'company',
  'country',
  'recommendation_id',
  'zone_id',
  'zone_name',
  'status',
  'reason',
  'note',
  'recorded_by',
  'id',
] as const;

export class OutcomeService {
  constructor(
    private readonly database: Database,
    private readonly catalog: () => CatalogView,
  ) {}

  /** Records an outcome: 400 for a declined one without a reason, 404 for an unknown recommendation or zone. */
  async record(input: RecordOutcome, key: AuthenticatedKey, language: Language): Promise<Outcome> {
    const reason = input.reason?.trim();
    if (input.status === 'declined' && !reason) {
      throw validationProblem([{ path: '/body/reason', message: 'is required when status is declined' }]);
    }
    const view = this.catalog();
    let company;
    try {
      company = await findRecommendedCompany(this.database.db, input.company.toLowerCase());
    } catch (error) {
      throw this.unavailable(error);
    }
    if (!company)
      throw problem(
        'RECOMMENDATION_NOT_FOUND',
        `There is no recommendation with id "${input.company}" (company names a company by one of its stored recommendations).`,
      );
    if (!view.zone(input.zone)) throw problem('ZONE_NOT_FOUND', `There is no zone "${input.zone}" in the catalog.`);
    const note = input.note?.trim();
    let record;
    try {
      record = await insertOutcome(this.database.db, company, {
        zoneId: input.zone,
        status: input.status,
        ...(reason ? { reason } : {}),
        ...(note ? { note } : {}),
        recordedBy: key.label,
        keyId: key.id,
      });
    } catch (error) {
      throw this.unavailable(error);
    }
    return toDto(record, view, language);
  }

  async list(query: OutcomeQuery, language: Language): Promise<OutcomeList> {
    const page = await this.read(query, { limit: query.limit, offset: query.offset });
    const view = this.catalog();
    return { items: page.items.map((r) => toDto(r, view, language)), total: page.total, limit: query.limit, offset: query.offset };
  }

  /** Every outcome matching the filters (no paging), newest first, as CSV with a header line. */
  async csv(query: OutcomeQuery, language: Language): Promise<string> {
    const { items } = await this.read(query);
    const view = this.catalog();
    const rows = items.map((r) => [
      r.recordedAt.toISOString(),
      r.companyName,
      r.companyCountry ?? '',
      r.recommendationId,
      r.zoneId,
      view.zone(r.zoneId)?.zone.name[language] ?? '',
      r.status,
      r.reason ?? '',
      r.note ?? '',
      r.recordedBy,
      r.id,
    ]);
    return stringify([[...OUTCOME_CSV_COLUMNS], ...rows]);
  }

  private async read(query: OutcomeQuery, page?: { limit: number; offset: number }) {
    const filter: OutcomeFilter = {
      ...(query.zone !== undefined ? { zoneId: query.zone } : {}),
      ...(query.company !== undefined ? { company: query.company } : {}),
      ...(query.status !== undefined ? { status: query.status } : {}),
    };
    try {
      return await listOutcomes(this.database.db, filter, page);
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  private unavailable(error: unknown): ApiError {
    return databaseUnavailable('The database cannot store or read lead outcomes right now; retry later.', error);
  }
}

function toDto(record: OutcomeRecord, view: CatalogView, language: Language): Outcome {
  const zoneName = view.zone(record.zoneId)?.zone.name[language];
  return {
    id: record.id,
    company: { name: record.companyName, ...(record.companyCountry ? { country: record.companyCountry } : {}), recommendationId: record.recommendationId },
    zone: { id: record.zoneId, ...(zoneName ? { name: zoneName } : {}) },
    status: record.status,
    ...(record.reason ? { reason: record.reason } : {}),
    ...(record.note ? { note: record.note } : {}),
    recordedBy: record.recordedBy,
    recordedAt: record.recordedAt.toISOString(),
  };
}
