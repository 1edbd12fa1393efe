/** The CSV form of a batch answer; kept light so the CLI can write it without loading the app. */
import { stringify } from 'csv-stringify/sync';
import type { BatchItem } from '../schemas/batch-dto.js';

/**
 * The CSV answer: one line per row — row, status, name, then rank_k_zone, rank_k_name,
 * rank_k_score for k = 1…ranks, the stored recommendation id, and the problems of an invalid
 * row as "path message" pairs joined by " | ".
 */
export function batchToCsv(items: BatchItem[], ranks: number, options: { header?: boolean } = {}): string {
  const header = ['row', 'status', 'name'];
  for (let k = 1; k <= ranks; k++) header.push(`rank${k}_zone`, `rank${k}_name`, `rank${k}_score`);
  header.push('recommendation_id', 'problems');
  const lines = items.map((item) => {
    const results = item.recommendation?.results ?? [];
    const cells: (string | number)[] = [item.row, item.status, item.name ?? ''];
    for (let k = 0; k < ranks; k++) {
      const r = results[k];
      cells.push(r?.zone.id ?? '', r?.zone.name ?? '', r ? r.score.toFixed(1) : '');
    }
    cells.push(item.recommendation?.persisted ? item.recommendation.id : '', (item.errors ?? []).map((e) => `${e.path} ${e.message}`).join(' | '));
    return cells;
  });
  return stringify(options.header === false ? lines : [header, ...lines]);
}
