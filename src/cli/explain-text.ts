/**
 * The whole decision about one designation, as text for a person.
 */
import type { Explanation } from '../screen/explain.js';

const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(2)}`;

/** `unsc-screen explain` and `screen --explain`: names, alignment, evidence with weights, threshold, decision. */
export function formatExplanation(why: Explanation): string {
  const { alert } = why;
  const lines = [
    `${alert.referenceNumber} ${alert.primaryName} (${alert.listType || 'UN list'}, ${alert.kind}) for "${why.query.name}"` +
      `${why.id === undefined ? '' : ` (id ${why.id})`}, list of ${why.list.dateGenerated} (${why.list.ageDays} days old)`,
    '',
    'names of the designation, scored against the query:',
    ...why.names.map(
      (name) => `  ${name.score.toFixed(3)}  ${name.source}${name.quality === undefined ? '' : ` (${name.quality})`}: ${name.text}`,
    ),
    '',
    alert.matchedName === undefined
      ? 'name: no name of the designation matches'
      : `name score ${alert.nameScore.toFixed(3)} via ${alert.matchedName.source}${alert.matchedName.quality === undefined ? '' : ` (${alert.matchedName.quality})`} "${alert.matchedName.text}":`,
    ...alert.alignment.map((pair) => `  ${pair.query.padEnd(20)} ~ ${pair.listed.padEnd(20)} ${pair.similarity.toFixed(2)} (${pair.rule})`),
    '',
    alert.evidence.length === 0 ? 'evidence: none (no birth date, nationality, country or document given, or none on the list to compare)' : 'evidence:',
    ...alert.evidence.map((e) => `  ${e.kind.padEnd(12)} ${e.outcome.padEnd(8)} ${e.kind === 'document' ? 'score set to 1' : signed(e.adjustment)}  ${e.detail}`),
    '',
    `score ${alert.nameScore.toFixed(3)}${alert.evidence.map((e) => ` ${signed(e.adjustment)}`).join('')} = ${alert.score.toFixed(3)}; threshold ${why.threshold}`,
    why.kindExcluded
      ? `decision: no alert (the query's kind, ${why.query.kind}, leaves out this ${alert.kind})`
      : !why.alerts
        ? `decision: no alert (${alert.score.toFixed(3)} < ${why.threshold})`
        : alert.score >= why.threshold
          ? `decision: ALERT at ${alert.priority} priority (${alert.score.toFixed(3)} ≥ ${why.threshold})`
          : `decision: ALERT at low priority (${alert.score.toFixed(3)} < ${why.threshold}, but the name matches in full, ${alert.nameScore.toFixed(3)} ≥ ${why.threshold}, and the evidence conflicts: check the party's data)`,
    ...why.warnings.map((w) => `warning: ${w.message}`),
    '',
  ];
  return lines.join('\n');
}
