/**
 * POST /match/{dataset}: a yente client's request, against a real server.
 */
import { Ajv } from 'ajv';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORING_MODEL } from '../src/scoring-model.js';
import { nationalityMatchWeight } from '../src/screen/evidence.js';
import { MATCH_RESPONSE_SCHEMA } from '../src/serve/schemas/yente.js';
import { startService, type RunningService } from '../src/serve/service.js';
import { fixtureList } from './helpers/fixtures.js';

let service: RunningService;
beforeAll(async () => {
  const list = fixtureList('2026-02-27');
  service = await startService({ port: 0, load: () => ({ list, source: 'file', location: 'fixture', ageDays: 0, warnings: [] }) });
});
afterAll(() => service.close());

async function match(path: string, body: unknown): Promise<{ status: number; body: any }> {
  const answer = await request(`${service.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: answer.statusCode, body: await answer.body.json() };
}

describe('POST /match/{dataset}', () => {
  it('answers a yente request for a listed person with that designation, scored, as a FollowTheMoney entity', async () => {
    const answer = await match('/match/default?algorithm=logic-v1', {
      queries: {
        q1: { schema: 'Person', properties: { name: ['Mokhtar Belmokhtar'], birthDate: ['1972-06-01'], nationality: ['dz'] } },
        q2: { schema: 'Person', properties: { name: ['Jane Doe-Nobody'] } },
      },
    });
    expect(answer.status).toBe(200);
    const validate = new Ajv({ strict: false }).compile(MATCH_RESPONSE_SCHEMA);
    expect(validate(answer.body), JSON.stringify(validate.errors)).toBe(true);
    expect(answer.body.limit).toBe(5);
    const q1 = answer.body.responses.q1;
    expect(q1.status).toBe(200);
    expect(q1.query).toEqual({ schema: 'Person', properties: { name: ['Mokhtar Belmokhtar'], birthDate: ['1972-06-01'], nationality: ['dz'] } });
    const [top] = q1.results;
    expect(top).toMatchObject({ id: 'QDi.136', caption: 'MOKHTAR BELMOKHTAR', schema: 'Person', match: true, datasets: ['un_sc_sanctions'], target: true });
    expect(top.score).toBe(1);
    expect(top.features).toMatchObject({ name_match: 1, birth_date_match: SCORING_MODEL.evidence.birthDateSameDay, nationality_match: nationalityMatchWeight('DZ') });
    expect(top.properties.alias).toContain('Mukhtar Belmukhtar');
    expect(top.properties.nationality).toEqual(['dz']);
    expect(top.properties.birthDate).toContain('1972-06-01');
    expect(q1.total).toEqual({ value: q1.results.length, relation: 'eq' });
    expect(answer.body.responses.q2.results.filter((result: { match: boolean }) => result.match)).toEqual([]);
  });

  it('finds an entity by an Organization query, and a document number alone makes a match', async () => {
    const answer = await match('/match/sanctions', {
      queries: {
        org: { schema: 'Organization', properties: { name: ['Al-Qaida'] } },
        passport: { schema: 'LegalEntity', properties: { name: ['Someone Else Entirely'], passportNumber: ['ob0243318'] } },
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.responses.org.results[0]).toMatchObject({ schema: 'Organization', match: true });
    expect(answer.body.responses.org.results.every((result: { schema: string }) => result.schema === 'Organization')).toBe(true);
    // CDi.021's passport OB 0243318, written another way, under another name.
    expect(answer.body.responses.passport.results[0]).toMatchObject({ id: 'CDi.021', score: 1, match: true, features: { identifier_match: 1 } });
    expect(answer.body.responses.passport.results[0].properties.passportNumber).toEqual(['OB 0243318']);
  });

  it('reads match: true for a full-name match whose conflicting evidence puts it below the threshold, as the library alerts', async () => {
    const party = { name: 'Mukhtar Belmukhtar', dateOfBirth: '1990-01-01', nationality: 'FR' };
    const [alert] = service.lists.screener.screen(party).alerts;
    expect(alert).toMatchObject({ referenceNumber: 'QDi.136', priority: 'low' });
    expect(alert!.score).toBeLessThan(0.8);
    const answer = await match('/match/default', {
      queries: { q: { schema: 'Person', properties: { name: [party.name], birthDate: [party.dateOfBirth], nationality: [party.nationality] } } },
    });
    expect(answer.status).toBe(200);
    const [top] = answer.body.responses.q.results;
    expect(top).toMatchObject({ id: 'QDi.136', match: true, features: { birth_date_conflict: expect.any(Number), nationality_conflict: expect.any(Number) } });
    expect(top.score).toBe(alert!.score);
    // A name that does not match in full, with the same conflicts, below the threshold: no match.
    const weak = await match('/match/default?cutoff=0.3', {
      queries: { q: { schema: 'Person', properties: { name: ['Mukhtar Belmokhtari'], birthDate: [party.dateOfBirth], nationality: [party.nationality] } } },
    });
    const results: Array<{ id: string; score: number; match: boolean; features: { name_match: number } }> = weak.body.responses.q.results;
    const weaker = results.filter((result) => result.features.name_match < 0.8);
    expect(weaker.length).toBeGreaterThan(0);
    for (const result of weaker) expect(result).toMatchObject({ match: false });
  });

  it('screens the name when a birth date cannot be read, and says so (a side field never stops a screen)', async () => {
    const answer = await match('/match/default', {
      queries: { q: { schema: 'Person', properties: { name: ['Mukhtar Belmukhtar'], birthDate: ['sometime'] } } },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.responses.q.results[0].id).toBe('QDi.136');
    expect(JSON.stringify(answer.body.responses.q.warnings)).toContain('sometime');
  });

  it('reports the values it does not use instead of ignoring them silently', async () => {
    const answer = await match('/match/default', {
      queries: { q: { schema: 'Person', properties: { name: ['Mukhtar Belmukhtar'], address: ['Gao, Mali'], nationality: ['suhh'] } } },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.responses.q.warnings).toEqual([
      'properties not used by this matcher: address',
      'nationality "suhh" is not a country this matcher knows (ISO 3166 code or English name): not used',
    ]);
    expect(answer.body.responses.q.results[0].id).toBe('QDi.136');
  });

  it.each([
    ['an unknown schema', '/match/default', { queries: { q: { schema: 'Vessel', properties: { name: ['X'] } } } }],
    ['no name', '/match/default', { queries: { q: { schema: 'Person', properties: { birthDate: ['1972'] } } } }],
    ['a property that is not a list of strings', '/match/default', { queries: { q: { schema: 'Person', properties: { name: 'Mukhtar' } } } }],
    ['an unknown dataset', '/match/us_ofac_sdn', { queries: { q: { schema: 'Person', properties: { name: ['X'] } } } }],
  ])('refuses %s with a 400 and a code', async (_, path, body) => {
    const answer = await match(path, body);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('UNSC_ERR_INVALID_QUERY');
  });
});
