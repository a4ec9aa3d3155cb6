/**
 * The HTTP service against a real server on 127.0.0.1 (port 0) with a real client (undici).
 */
import { Ajv } from 'ajv';
import { connect } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Screener } from '../src/screen/screener.js';
import type { Route } from '../src/serve/route.js';
import { ROUTES } from '../src/serve/routes/index.js';
import { startService, type RunningService } from '../src/serve/service.js';
import { SCREEN_RESULT_SCHEMA } from '../src/serve/schemas/screen-result.js';
import { fixtureList } from './helpers/fixtures.js';

const list = fixtureList('2026-02-27');
const load = () => ({ list, source: 'file' as const, location: 'fixtures/consolidated-2026-02-27.xml', ageDays: 0, warnings: [] });

async function post(service: RunningService, path: string, body: unknown, headers: Record<string, string> = {}) {
  const answer = await request(`${service.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  const text = await answer.body.text();
  return { status: answer.statusCode, headers: answer.headers, body: text === '' ? undefined : (JSON.parse(text) as Record<string, any>), text };
}

async function get(service: RunningService, path: string, headers: Record<string, string> = {}) {
  const answer = await request(`${service.url}${path}`, { headers });
  const text = await answer.body.text();
  return { status: answer.statusCode, headers: answer.headers, text };
}

let service: RunningService;
beforeAll(async () => {
  service = await startService({ port: 0, load });
});
afterAll(() => service.close());

describe('POST /v1/screen', () => {
  it('answers the library\'s ScreenResult for a listed person, byte for byte as JSON', async () => {
    const query = { name: 'Mukhtar Belmukhtar', dateOfBirth: '1972', nationality: 'Algeria' };
    const answer = await post(service, '/v1/screen', query);
    expect(answer.status).toBe(200);
    expect(answer.body!['alerts'][0].referenceNumber).toBe('QDi.136');
    // Nothing lost on the way: the same JSON as the library's own result.
    expect(answer.body).toEqual(JSON.parse(JSON.stringify(new Screener(list).screen(query))));
    const validate = new Ajv({ strict: false }).compile(SCREEN_RESULT_SCHEMA);
    expect(validate(answer.body), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a name of the wrong type', { name: 123 }, 'UNSC_ERR_INVALID_QUERY', /name/],
    ['no name', { nationality: 'DZ' }, 'UNSC_ERR_INVALID_QUERY', /name/],
    ['an unknown field (a misspelt one is never ignored)', { name: 'A B', dob: '1972' }, 'UNSC_ERR_INVALID_QUERY', /additional/],
    ['a threshold above 1', { name: 'A B', threshold: 1.5 }, 'UNSC_ERR_INVALID_QUERY', /threshold/],
    ['a blank name (the library\'s check)', { name: '   ' }, 'UNSC_ERR_INVALID_QUERY', /name/],
  ])('refuses %s with a 400 and a code', async (_, body, code, message) => {
    const answer = await post(service, '/v1/screen', body);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code, message: expect.stringMatching(message) });
  });

  it.each([
    ['an unreadable date', { name: 'A B', dateOfBirth: '1972-13-45', id: 'C-1' }, 'UNSC_WARN_UNREADABLE_DATE'],
    ['an unknown country', { name: 'A B', nationality: 'Atlantis', id: 7 }, 'UNSC_WARN_UNKNOWN_COUNTRY'],
  ])('screens the name of a query with %s, with a coded warning (the library\'s reading), in the schema', async (_, body, code) => {
    const answer = await post(service, '/v1/screen', body);
    expect(answer.status).toBe(200);
    expect(answer.body!['id']).toBe(body.id);
    expect((answer.body!['warnings'] as Array<{ code: string }>).map((w) => w.code)).toContain(code);
    expect(typeof (answer.body!['list'] as { ageDays: unknown }).ageDays).toBe('number');
    const validate = new Ajv({ strict: false }).compile(SCREEN_RESULT_SCHEMA);
    expect(validate(answer.body), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('POST /v1/screen/batch', () => {
  it('answers one result per query, in order, on one list version', async () => {
    const queries = [{ name: 'John Smith' }, { name: 'Mukhtar Belmukhtar' }, { name: 'Abdul Rahim Hamdan Dagalo', kind: 'individual' }];
    const answer = await post(service, '/v1/screen/batch', { queries });
    expect(answer.status).toBe(200);
    const results = answer.body!['results'] as Array<{ alerts: Array<{ referenceNumber: string }>; list: { sha256: string } }>;
    expect(results.map((r) => r.alerts.map((a) => a.referenceNumber)[0])).toEqual([undefined, 'QDi.136', 'SDi.008']);
    expect(new Set(results.map((r) => r.list.sha256))).toEqual(new Set([list.sha256]));
  });

  it('refuses more than 1,000 queries, and names the position of a query the library refuses', async () => {
    const tooMany = await post(service, '/v1/screen/batch', { queries: Array.from({ length: 1001 }, () => ({ name: 'A B' })) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body!['code']).toBe('UNSC_ERR_INVALID_QUERY');
    const bad = await post(service, '/v1/screen/batch', { queries: [{ name: 'A B' }, { name: '   ', country: 'Narnia' }] });
    expect(bad.status).toBe(400);
    expect(bad.body!['message']).toMatch(/^queries\[1\]: Expected `name` to be a non-empty string/);
  });
});

describe('an unknown property', () => {
  it.each([
    ['/v1/screen', { name: 'Mukhtar Belmukhtar', dob: '1972' }, 'body must NOT have additional properties: "dob"'],
    ['/v1/screen/batch', { queries: [{ name: 'Mukhtar Belmukhtar', dob: '1972' }] }, 'body/queries/0 must NOT have additional properties: "dob"'],
    ['/v1/screen/batch', { queries: [{ name: 'A B' }], options: {} }, 'body must NOT have additional properties: "options"'],
  ])('is named in the 400 of %s', async (path, body, message) => {
    const answer = await post(service, path, body);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code: 'UNSC_ERR_INVALID_QUERY', message });
  });
});

describe('start-up', () => {
  it('compiles every route\'s schemas without an Ajv strict-mode line (the union type of `id`)', async () => {
    const warn = vi.spyOn(console, 'warn');
    const log = vi.spyOn(console, 'log');
    const quiet = await startService({ port: 0, load });
    try {
      // Schemas compile when a route is first served, too: serve each once.
      expect((await post(quiet, '/v1/screen', { name: 'A B', id: 1 })).status).toBe(200);
      expect((await post(quiet, '/v1/screen/batch', { queries: [{ name: 'A B', id: 'x' }] })).status).toBe(200);
      expect((await post(quiet, '/match/default', { queries: { q: { schema: 'Person', properties: { name: ['A B'] } } } })).status).toBe(200);
      const lines = [...warn.mock.calls, ...log.mock.calls].map((call) => call.map(String).join(' '));
      expect(lines.filter((line) => /strict mode/.test(line))).toEqual([]);
    } finally {
      warn.mockRestore();
      log.mockRestore();
      await quiet.close();
    }
  });
});

describe('bad requests', () => {
  it('answers malformed JSON, a 5 MB body and an unknown route with a code and no stack, and keeps serving', async () => {
    const malformed = await post(service, '/v1/screen', '{"name": "Mukhtar');
    expect(malformed.status).toBe(400);
    expect(malformed.body!['code']).toBe('UNSC_ERR_MALFORMED_JSON');
    const huge = await post(service, '/v1/screen', JSON.stringify({ name: 'x'.repeat(5 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.body!['code']).toBe('UNSC_ERR_BODY_TOO_LARGE');
    const unknown = await get(service, '/v1/nothing');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).code).toBe('UNSC_ERR_NOT_FOUND');
    const xml = await request(`${service.url}/v1/screen`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=Mukhtar' });
    expect(xml.statusCode).toBe(415);
    expect(((await xml.body.json()) as { code: string }).code).toBe('UNSC_ERR_UNSUPPORTED_MEDIA_TYPE');
    for (const answer of [malformed, huge]) expect(answer.text).not.toMatch(/at .*\.(js|ts):\d+/);
    const after = await post(service, '/v1/screen', { name: 'Mukhtar Belmukhtar' });
    expect(after.status).toBe(200);
  });
});

describe('operations', () => {
  it('says it is alive and ready, and which list it screens against', async () => {
    expect((await get(service, '/healthz')).status).toBe(200);
    expect(JSON.parse((await get(service, '/readyz')).text)).toEqual({ status: 'ready' });
    const info = JSON.parse((await get(service, '/v1/list')).text);
    expect(info).toMatchObject({ dateGenerated: '2026-02-27T00:00:09.554Z', sha256: list.sha256, source: 'file', counts: { individuals: 730, entities: 273 } });
    expect(info.updates).toEqual({ everyMs: null, last: null, lastSuccess: null, consecutiveFailures: 0, failures: 0 });
  });

  it('counts requests by route, their latency and the alerts in /metrics', async () => {
    await post(service, '/v1/screen', { name: 'Mukhtar Belmukhtar' });
    const metrics = await get(service, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.text).toMatch(/unsc_screen_http_requests_total\{method="POST",route="\/v1\/screen",status="200"\} [1-9]/);
    expect(metrics.text).toMatch(/unsc_screen_http_requests_total\{method="GET",route="unmatched",status="404"\} [1-9]/);
    expect(metrics.text).toMatch(/unsc_screen_http_request_duration_seconds_bucket\{le="[0-9.]+",method="POST",route="\/v1\/screen"\} [1-9]/);
    expect(metrics.text).toMatch(/unsc_screen_alerts_total\{route="\/v1\/screen"\} [1-9]/);
    expect(metrics.text).toMatch(/unsc_screen_list_age_seconds \d+/);
    expect(metrics.text).toContain(`unsc_screen_list_info{date_generated="2026-02-27T00:00:09.554Z",sha256="${list.sha256}"} 1`);
    expect(metrics.text).toContain('unsc_screen_list_update_failures_total 0');
  });
});

describe('a request that takes too long', () => {
  it('is answered 503 with a code when its body stops arriving, and the server keeps serving', async () => {
    const slow = await startService({ port: 0, load, requestTimeoutMs: 1_000 });
    try {
      const { port } = new URL(slow.url);
      const socket = connect(Number(port), '127.0.0.1');
      let answer = '';
      const answered = new Promise((resolve) => {
        socket.on('data', (chunk: Buffer) => {
          answer += chunk.toString();
          if (answer.includes('"message"')) resolve(undefined);
        });
        socket.on('close', resolve);
      });
      // Headers announce 100 bytes; 8 arrive, then nothing.
      socket.write('POST /v1/screen HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":');
      await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      socket.destroy();
      expect(answer).toMatch(/^HTTP\/1\.1 503/);
      expect(answer).toContain('"code":"UNSC_ERR_REQUEST_TIMEOUT"');
      const after = await post(slow, '/v1/screen', { name: 'Mukhtar Belmukhtar' });
      expect(after.status).toBe(200);
    } finally {
      await slow.close();
    }
  });
});

describe('a client that goes away while its body arrives', () => {
  it('leaves nothing that fails when the deadline passes: the server keeps serving', async () => {
    const slow = await startService({ port: 0, load, requestTimeoutMs: 300 });
    try {
      const { port } = new URL(slow.url);
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write('POST /v1/screen HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":');
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 800)); // past the deadline and a sweep
      const after = await post(slow, '/v1/screen', { name: 'Mukhtar Belmukhtar' });
      expect(after.status).toBe(200);
    } finally {
      await slow.close();
    }
  });
});

describe('a route that reads a raw message body (how POST /v1/payments plugs in)', () => {
  it('is one Route object: its media types are read as bytes, byte for byte, and documented', async () => {
    const echo: Route = {
      method: 'POST',
      url: '/test/raw',
      operationId: 'raw',
      summary: 'test',
      tags: ['test'],
      rawBody: ['application/xml', 'text/plain'],
      body: { type: 'string', minLength: 1 },
      responses: { 200: { description: 'the bytes' } },
      handler: (_context, request) => ({ bytes: [...(request.body as Buffer)] }),
    };
    const raw = await startService({ port: 0, load, routes: [...ROUTES, echo] });
    try {
      for (const type of ['application/xml', 'text/plain; charset=iso-8859-1']) {
        // Latin-1 "é" (0xE9) is no UTF-8: it arrives as it was sent, for the library to read.
        const body = Buffer.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]);
        const answer = await request(`${raw.url}/test/raw`, { method: 'POST', headers: { 'content-type': type }, body });
        expect(await answer.body.json()).toEqual({ bytes: [...body] });
      }
      const document = (await (await request(`${raw.url}/openapi.json`)).body.json()) as any;
      expect(Object.keys(document.paths['/test/raw'].post.requestBody.content)).toEqual(['application/xml', 'text/plain']);
      // JSON routes still take JSON only.
      const screen = await request(`${raw.url}/v1/screen`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<name/>' });
      expect(screen.statusCode).toBe(400);
      expect(((await screen.body.json()) as { code: string }).code).toBe('UNSC_ERR_INVALID_QUERY');
    } finally {
      await raw.close();
    }
  });
});
