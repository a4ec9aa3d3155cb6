/**
 * `unsc-screen diff OLD NEW`: what changed between two list versions.
 */
import { diffLists, type ListDiff } from '../../diff/diff.js';
import { parseList } from '../../parse/index.js';
import { parseOptions } from '../args.js';
import { readInputFile } from '../list-bytes.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage.js';

export const DIFF_HELP = `unsc-screen diff OLD NEW [--json]

  Compares two list XML files by REFERENCE_NUMBER: designations added, removed and
  changed (with each changed field), and those whose only difference is their DATAID.
`;

export function diffCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' }, help: { type: 'boolean' } });
  if (values.help === true) {
    io.stdout.write(DIFF_HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('`diff` takes two list files: unsc-screen diff OLD NEW');
  const older = parseList(readInputFile(positionals[0]!, 'OLD'));
  const newer = parseList(readInputFile(positionals[1]!, 'NEW'));
  const diff = diffLists(older, newer);
  if (values.json === true) {
    io.stdout.write(`${JSON.stringify(diffAsJson(diff), null, 2)}\n`);
    return 0;
  }
  io.stdout.write(renderDiff(diff));
  return 0;
}

/** The diff as JSON: reference numbers and names for added/removed, field changes for changed. */
export function diffAsJson(diff: ListDiff) {
  const brief = (r: { referenceNumber: string; name: string; kind: string; unListType?: string }) => ({
    referenceNumber: r.referenceNumber,
    name: r.name,
    kind: r.kind,
    listType: r.unListType ?? null,
  });
  return {
    from: diff.from,
    to: diff.to,
    added: diff.added.map(brief),
    removed: diff.removed.map(brief),
    changed: diff.changed.map((c) => ({ ...brief(c.after), changes: c.changes })),
    dataIdOnly: diff.dataIdOnly,
    unchanged: diff.unchanged,
  };
}

/** The diff as text for a person. */
export function renderDiff(diff: ListDiff): string {
  const lines = [
    `from ${diff.from.dateGenerated} (sha256 ${diff.from.sha256.slice(0, 12)}…) to ${diff.to.dateGenerated} (sha256 ${diff.to.sha256.slice(0, 12)}…)`,
    `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.dataIdOnly.length} with a new DATAID only, ${diff.unchanged} unchanged`,
  ];
  for (const r of diff.added) lines.push(`+ ${r.referenceNumber} ${r.name} (${r.unListType ?? ''})`);
  for (const r of diff.removed) lines.push(`- ${r.referenceNumber} ${r.name} (${r.unListType ?? ''})`);
  for (const c of diff.changed) {
    lines.push(`~ ${c.referenceNumber} ${c.after.name}`);
    for (const change of c.changes) {
      const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value));
      const text =
        change.change === 'changed'
          ? `${change.field}: ${show(change.before)} → ${show(change.after)}`
          : `${change.field} ${change.change}: ${show(change.change === 'added' ? change.after : change.before)}`;
      lines.push(`    ${text.length > 220 ? `${text.slice(0, 219)}…` : text}${change.note === undefined ? '' : `\n    ! ${change.note}`}`);
    }
  }
  for (const d of diff.dataIdOnly) lines.push(`= ${d.referenceNumber} DATAID ${d.before} → ${d.after} (nothing else changed)`);
  return `${lines.join('\n')}\n`;
}
