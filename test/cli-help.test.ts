/**
 * What `--help` says agrees with the code and with README's "CLI usage"
 * block: every route of the service in `serve --help`, the cache directory's
 * default worded alike by every command (and as `cliCacheDir` picks it),
 * and every option a command's `--help` lists also in README's usage block.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliCacheDir } from '../src/cli/list-bytes.js';
import { ROUTES } from '../src/serve/routes/index.js';
import { cliHarness } from './helpers/cli.js';

const { root, runHere } = cliHarness('unsc-help-');
const COMMANDS = ['screen', 'batch', 'payments', 'compare', 'explain', 'diff', 'decisions', 'update', 'info', 'serve'] as const;
const CACHE_DEFAULT = '$UNSC_SCREEN_CACHE_DIR, else $XDG_CACHE_HOME/unsc-screen, else ~/.cache/unsc-screen';

async function help(command: string): Promise<string> {
  const result = await runHere([command, '--help']);
  expect(result.status).toBe(0);
  return result.stdout;
}

/** The options named in a text (`--threshold`, `--no-snapshot`), without --help. */
function optionsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]).filter((option) => option !== '--help'));
}

/** The options a `--help` defines: in its synopsis (first line) and its option lines (their first column). */
function helpOptions(text: string): Set<string> {
  const [synopsis = '', ...lines] = text.split('\n');
  const columns = lines.filter((line) => line.trim().startsWith('--')).map((line) => line.trim().split(/\s{2,}|\(/)[0]!);
  return optionsIn([synopsis, ...columns].join('\n'));
}

/** README's CLI usage block: the options of each `npx unsc-screen COMMAND` entry (continuation lines included). */
function readmeUsage(): Map<string, Set<string>> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## CLI usage'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  const entries = new Map<string, Set<string>>();
  for (const entry of block.split(/\n(?=npx unsc-screen )/)) {
    const command = /^npx unsc-screen (\S+)/.exec(entry)?.[1];
    if (command !== undefined) entries.set(command, optionsIn(entry.replace(/#.*$/gm, '')));
  }
  return entries;
}

describe('--help', () => {
  it('serve --help names every route of the service', async () => {
    const text = await help('serve');
    for (const route of ROUTES) expect(text).toContain(`${route.method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
  });

  it('words the cache directory\'s default alike in every command, as cliCacheDir picks it', async () => {
    for (const command of COMMANDS) {
      const text = (await help(command)).replace(/\n\s+/g, ' ');
      if (!text.includes('--cache-dir DIR ')) continue;
      // explain takes screen's options: it names --cache-dir without repeating the default.
      if (command === 'explain') continue;
      expect(text, command).toContain(`(default: ${CACHE_DEFAULT})`);
    }
    expect(cliCacheDir(undefined, { UNSC_SCREEN_CACHE_DIR: '/a', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/a');
    expect(cliCacheDir(undefined, { XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'unsc-screen'));
    expect(cliCacheDir(undefined, { HOME: '/h' })).toBe(join('/h', '.cache', 'unsc-screen'));
  });

  it('lists every option README\'s CLI usage block gives, and README leaves none out', async () => {
    const usage = readmeUsage();
    const missing: string[] = [];
    for (const command of COMMANDS) {
      const documented = usage.get(command);
      if (documented === undefined) {
        missing.push(`${command}: no entry`);
        continue;
      }
      const listed = helpOptions(await help(command));
      for (const option of listed) if (!documented.has(option)) missing.push(`${command} ${option}: not in README`);
      for (const option of documented) if (!listed.has(option)) missing.push(`${command} ${option}: not in --help`);
    }
    expect(missing).toEqual([]);
  });
});
