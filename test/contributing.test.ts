/**
 * docs/CONTRIBUTING.md's folder map names every source file where it is:
 * a file added, moved or removed without the map fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url);
const contributing = readFileSync(new URL('docs/CONTRIBUTING.md', root), 'utf8');
/** Folder → the text of its row in the map. */
const rows = new Map([...contributing.matchAll(/^\| `([^`]+)`(?: \(files\))? \| (.*) \|$/gm)].map((m) => [m[1]!, m[2]!]));

function filesOf(folder: string): string[] {
  return readdirSync(new URL(folder, root), { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => entry.name);
}

describe("CONTRIBUTING's folder map", () => {
  it('names every file of src/ and harness/ in the row of its folder', () => {
    const missing: string[] = [];
    const folders = ['src/', ...readdirSync(new URL('src', root), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `src/${e.name}/`), 'harness/'];
    for (const folder of folders) {
      const row = rows.get(folder);
      if (row === undefined) {
        missing.push(`${folder} (no row)`);
        continue;
      }
      for (const file of filesOf(folder)) if (!row.includes(`\`${file}\``)) missing.push(`${folder}${file}`);
    }
    // Sub-folders of cli/ are named with a wildcard.
    for (const sub of readdirSync(new URL('src/cli', root), { withFileTypes: true }).filter((e) => e.isDirectory())) {
      if (!(rows.get('src/cli/') ?? '').includes(`\`${sub.name}/*\``)) missing.push(`src/cli/${sub.name}/`);
    }
    expect(missing).toEqual([]);
  });

  it('has no row for a folder that is gone', () => {
    const gone = [...rows.keys()].filter((folder) => folder.endsWith('/') && folder !== 'src/' && readdirSync(new URL(folder, root), { withFileTypes: true }).length === 0);
    expect(gone).toEqual([]);
    expect(rows.has('src/index/')).toBe(false);
  });
});
