/**
 * The candidate bound's rest-agrees partners (search/rest-typo-partners.ts)
 * found by lookups are every listed word the rule's conditions on two parts
 * accept (match/rest-agrees.ts, `restTypoEdits`), and no other: the bound
 * equals the one a scan of the whole vocabulary gives, for words near listed
 * words (letters added or dropped, a k written q, slips) and others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restTypoEdits } from '../src/match/rest-agrees.js';
import { SCORING_MODEL, withScoringModel } from '../src/scoring-model.js';
import { RestTypoPartners } from '../src/search/rest-typo-partners.js';
import { newestIndex } from './helpers/index.js';

describe('rest-typo partners', () => {
  const entries = newestIndex().vocabulary.entries;
  const words = entries.filter((entry) => !entry.joined && !entry.fromArabic && /^[a-z]+$/.test(entry.form));
  const partners = new RestTypoPartners(entries, SCORING_MODEL);

  /** The bound by a scan of every listed Latin word (the rule takes parts of 2+ letters: `loneNamePart`). */
  const scanned = (form: string, weight: number) => {
    let bound = 0;
    if (form.length < 2) return bound;
    for (const word of words) {
      if (word.form.length < 2) continue;
      const edits = restTypoEdits(form, word.form, SCORING_MODEL);
      if (edits === undefined) continue;
      const similarity = 1 - edits / (Math.min(form.length, word.form.length) + 1);
      bound = Math.max(bound, similarity * word.weight - (1 - similarity) * weight);
    }
    return bound;
  };

  const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
  /** A listed word with one or two edits after its first letter: a letter added, dropped, a k, q or c written as another, neighbours swapped. */
  const nearListed = fc
    .tuple(fc.constantFrom(...words.map((word) => word.form)), fc.array(fc.tuple(fc.constantFrom('add', 'drop', 'k', 'swap'), fc.nat(), letter), { minLength: 1, maxLength: 2 }))
    .map(([form, edits]) => {
      let typed = form;
      for (const [edit, at, added] of edits) {
        const i = 1 + (at % Math.max(1, typed.length - 1));
        if (edit === 'add') typed = typed.slice(0, i) + added + typed.slice(i);
        else if (edit === 'drop' && typed.length > 2) typed = typed.slice(0, i) + typed.slice(i + 1);
        else if (edit === 'k') typed = typed.replace(/[kqc]/, (c) => ({ k: 'q', q: 'c', c: 'k' })[c]!);
        else if (edit === 'swap' && i + 1 < typed.length) typed = typed.slice(0, i) + typed[i + 1]! + typed[i]! + typed.slice(i + 2);
      }
      return typed;
    });

  it('bounds a word by every listed word the rule pairs it with, as a scan of the vocabulary does', () => {
    fc.assert(
      fc.property(fc.oneof(nearListed, fc.stringMatching(/^[a-z]{2,8}$/)), fc.double({ min: 0.05, max: 2, noNaN: true }), (form, weight) => {
        expect(partners.partnerBound(form, weight)).toBe(scanned(form, weight));
      }),
      { numRuns: 600, seed: 20261130 },
    );
  });

  it('finds the partners of the rule’s own examples (BAQER for bakr, YUNG for yun)', () => {
    expect(partners.partnerBound('bakr', 0.5)).toBe(scanned('bakr', 0.5));
    expect(partners.partnerBound('bakr', 0.5)).toBeGreaterThan(0);
    expect(partners.partnerBound('yun', 0.5)).toBeGreaterThan(0);
  });

  it('is 0 with editBudget.restAgrees 0', () => {
    const off = new RestTypoPartners(entries, withScoringModel({ version: 'test-rest-agrees-off', editBudget: { restAgrees: 0 } }));
    expect(off.partnerBound('bakr', 0.5)).toBe(0);
  });
});
