/**
 * POST /v1/payments and POST /v1/text against a real server on 127.0.0.1 with
 * a real client (undici): real payment messages (fixtures/payments) with a
 * listed name planted in them, untouched samples, malformed messages, and
 * free text with a listed name inside.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Screener } from '../src/screen/screener.js';
import { PAYMENT_ERROR_SCHEMA, PAYMENT_RESULT_SCHEMA } from '../src/serve/schemas/payment.js';
import { TEXT_RESULT_SCHEMA } from '../src/serve/schemas/text.js';
import { startService, type RunningService } from '../src/serve/service.js';
import { fixtureList } from './helpers/fixtures.js';

const list = fixtureList('2026-02-27');
const screener = new Screener(list);
const payment = (file: string) => readFileSync(new URL(`../fixtures/payments/${file}`, import.meta.url), 'utf8');
const ajv = new Ajv({ strict: false });
const validPayment = ajv.compile(PAYMENT_RESULT_SCHEMA);
const validPaymentError = ajv.compile(PAYMENT_ERROR_SCHEMA);
const validText = ajv.compile(TEXT_RESULT_SCHEMA);

function replaceOnce(source: string, from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`${JSON.stringify(from)} is not in the message`);
  return source.replace(from, to);
}

let service: RunningService;
beforeAll(async () => {
  service = await startService({ port: 0, load: () => ({ list, source: 'file', location: 'fixture', ageDays: 0, warnings: [] }) });
});
afterAll(() => service.close());

async function send(path: string, body: string | Buffer, contentType: string): Promise<{ status: number; body: any }> {
  const answer = await request(`${service.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await answer.body.text();
  return { status: answer.statusCode, body: text === '' ? undefined : JSON.parse(text) };
}

const alertsOf = (result: { transactions: Array<{ alerts: any[] }> }) => result.transactions.flatMap((tx) => tx.alerts);

describe('POST /v1/payments', () => {
  it('finds a listed name planted in a real pacs.008, with its role and path, as the library does', async () => {
    const sample = payment('iso_pacs008_v08_cbprplus_c53_5_AtoB.xml');
    const creditor = /<(\w+:)?Cdtr>\s*<(\w+:)?Nm>([^<]*)</.exec(sample)!; // the creditor's name, replaced
    const planted = replaceOnce(sample, creditor[0], creditor[0].replace(creditor[3]!, 'AL RASHID TRUST'));
    const answer = await send('/v1/payments', planted, 'application/xml');
    expect(answer.status).toBe(200);
    expect(validPayment(answer.body), JSON.stringify(validPayment.errors)).toBe(true);
    expect(answer.body.format).toBe('pacs.008');
    expect(alertsOf(answer.body).map((alert) => [alert.referenceNumber, alert.role, alert.path, alert.source])).toEqual([
      ['QDe.005', 'creditor', 'CdtTrfTxInf[0]/Cdtr', 'party'],
    ]);
    // Nothing lost on the way: the library's own result, as JSON.
    expect(answer.body).toEqual(JSON.parse(JSON.stringify(screener.screenPayment(planted))));
  });

  it('reads SWIFT MT as text/plain and Fedwire as application/octet-stream, a name in free text with its span', async () => {
    const mt = replaceOnce(payment('mt103_goplasmatic_norm.txt'), 'John Doe', 'MUKHTAR BELMUKHTAR');
    const mtAnswer = await send('/v1/payments', mt, 'text/plain');
    expect(mtAnswer.status).toBe(200);
    expect(mtAnswer.body.format).toBe('MT103');
    expect(alertsOf(mtAnswer.body).map((alert) => [alert.referenceNumber, alert.role, alert.path])).toContainEqual(['QDi.136', 'orderingCustomer', ':50K:']);

    const fedwire = payment('fedwire_customer_transfer_ctr.txt');
    const field = /\{6000\}([^{]*)/.exec(fedwire)!;
    const planted = replaceOnce(fedwire, field[0], '{6000}PAYMENT TO AL RASHID*TRUST KARACHI*\n');
    const fedAnswer = await send('/v1/payments', Buffer.from(planted), 'application/octet-stream');
    expect(fedAnswer.status).toBe(200);
    expect(validPayment(fedAnswer.body), JSON.stringify(validPayment.errors)).toBe(true);
    expect(fedAnswer.body.format).toBe('Fedwire');
    expect(alertsOf(fedAnswer.body).map((alert) => [alert.referenceNumber, alert.path, alert.source, alert.span])).toEqual([
      ['QDe.005', '{6000}', 'freeText', { start: 11, end: 26, text: 'AL RASHID\nTRUST' }],
    ]);
    expect(fedAnswer.body).toEqual(JSON.parse(JSON.stringify(screener.screenPayment(planted))));
  });

  it('raises no alert on an untouched sample', async () => {
    for (const [file, type] of [
      ['iso_pain001_v03ch02_six_postfinance_musterfile.xml', 'text/xml'],
      ['mt103_prowide_out_multi.rje', 'text/plain'],
    ] as const) {
      const answer = await send('/v1/payments', payment(file), type);
      expect(answer.status, file).toBe(200);
      expect(validPayment(answer.body), JSON.stringify(validPayment.errors)).toBe(true);
      expect(answer.body.transactions.length, file).toBeGreaterThan(1);
      expect(alertsOf(answer.body), file).toEqual([]);
    }
  });

  it('reads the bytes as sent: a Latin-1 message keeps its accents, with the encoding warning', async () => {
    const mt = replaceOnce(payment('mt103_goplasmatic_norm.txt'), 'Jane Smith', 'José Müller');
    const answer = await send('/v1/payments', Buffer.from(mt, 'latin1'), 'application/octet-stream');
    expect(answer.status).toBe(200);
    expect(answer.body.warnings.map((w: { code: string }) => w.code)).toContain('UNSC_WARN_PAYMENT_ENCODING');
    expect(answer.body.transactions[0].parties.map((p: { name?: string }) => p.name)).toContain('José Müller');
  });

  it('answers a malformed message 400 UNSC_ERR_PAYMENT_FORMAT with where and why and the transactions read before the fault, and keeps serving', async () => {
    const whole = replaceOnce(payment('iso_pain001_v03ch02_six_postfinance_musterfile.xml'), '<Nm>Maria Bernasconi</Nm>', '<Nm>Mukhtar Belmukhtar</Nm>');
    const answer = await send('/v1/payments', whole.slice(0, whole.indexOf('PmtInfId-04')), 'application/xml');
    expect(answer.status).toBe(400);
    expect(validPaymentError(answer.body), JSON.stringify(validPaymentError.errors)).toBe(true);
    expect(answer.body).toMatchObject({ code: 'UNSC_ERR_PAYMENT_FORMAT', details: { format: 'pain.001', reason: expect.stringContaining('malformed XML') } });
    expect(answer.body.message).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(answer.body.partial.transactions.length).toBeGreaterThanOrEqual(5);
    expect(answer.body.partial.transactions[0].alerts.map((a: any) => [a.referenceNumber, a.path])).toEqual([['QDi.136', 'PmtInf[0]/CdtTrfTxInf[0]/Cdtr']]);

    const csv = await send('/v1/payments', 'name,country\nJohn,US\n', 'text/plain');
    expect(csv.status).toBe(400);
    expect(csv.body).toMatchObject({ code: 'UNSC_ERR_PAYMENT_FORMAT', details: { reason: expect.stringContaining('not a payment message') } });
    expect(csv.body.partial).toBeUndefined();

    const after = await send('/v1/payments', payment('mt202cov_goplasmatic.txt'), 'text/plain');
    expect(after.status).toBe(200);
  });

  it('refuses a JSON body (415), a body over 1 MiB (413) and a bad option (400), with a code', async () => {
    const json = await send('/v1/payments', JSON.stringify({ message: payment('mt103_goplasmatic_norm.txt') }), 'application/json');
    expect(json).toMatchObject({ status: 415, body: { code: 'UNSC_ERR_UNSUPPORTED_MEDIA_TYPE' } });
    const huge = await send('/v1/payments', `${payment('mt103_goplasmatic_norm.txt')}${' '.repeat(2 * 1024 * 1024)}`, 'text/plain');
    expect(huge).toMatchObject({ status: 413, body: { code: 'UNSC_ERR_BODY_TOO_LARGE' } });
    const option = await send('/v1/payments?threshold=2', payment('mt103_goplasmatic_norm.txt'), 'text/plain');
    expect(option).toMatchObject({ status: 400, body: { code: 'UNSC_ERR_INVALID_QUERY' } });
  });

  it('takes threshold and limit in the query string', async () => {
    const mt = replaceOnce(payment('mt103_goplasmatic_norm.txt'), 'John Doe', 'MUKHTAR BELMUKHTARI');
    const answer = await send('/v1/payments?threshold=0.5&limit=2', mt, 'text/plain');
    expect(answer.status).toBe(200);
    expect(answer.body.options).toMatchObject({ threshold: 0.5, limit: 2 });
    expect(answer.body).toEqual(JSON.parse(JSON.stringify(screener.screenPayment(mt, { threshold: 0.5, limit: 2 }))));
  });
});

describe('POST /v1/text', () => {
  it('finds a listed name cut by a line break inside a text, with its span, as the library does', async () => {
    const text = '/BNF/PAYMENT TO AL RASHID\nTRUST KARACHI';
    const answer = await send('/v1/text', JSON.stringify({ text }), 'application/json');
    expect(answer.status).toBe(200);
    expect(validText(answer.body), JSON.stringify(validText.errors)).toBe(true);
    const [hit] = answer.body.hits;
    expect(hit).toMatchObject({ text: 'AL RASHID\nTRUST', alert: { referenceNumber: 'QDe.005' } });
    expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(answer.body).toEqual(JSON.parse(JSON.stringify(screener.screenText(text))));
  });

  it('passes the options on, and finds nothing in an ordinary text', async () => {
    const options = await send('/v1/text', JSON.stringify({ text: 'invoice 42 for Mukhtar Belmukhtari', threshold: 0.7, limit: 1 }), 'application/json');
    expect(options.status).toBe(200);
    expect(options.body.options).toMatchObject({ threshold: 0.7, limit: 1 });
    expect(options.body.hits.length).toBeLessThanOrEqual(1);
    const plain = await send('/v1/text', JSON.stringify({ text: 'Invoice 2026-114 for consulting services, March' }), 'application/json');
    expect(plain.status).toBe(200);
    expect(plain.body.hits).toEqual([]);
  });

  it.each([
    ['no text', {}],
    ['a text that is not a string', { text: 42 }],
    ['an unknown field', { text: 'x', lang: 'en' }],
    ['a threshold of 0', { text: 'x', threshold: 0 }],
  ])('refuses %s with a 400 and a code', async (_, body) => {
    const answer = await send('/v1/text', JSON.stringify(body), 'application/json');
    expect(answer).toMatchObject({ status: 400, body: { code: 'UNSC_ERR_INVALID_QUERY' } });
  });
});

describe('metrics of the new routes', () => {
  it('counts requests, parties screened and alerts by route for /v1/payments and /v1/text', async () => {
    await send('/v1/text', JSON.stringify({ text: 'TO AL RASHID TRUST' }), 'application/json');
    await send('/v1/payments', replaceOnce(payment('mt103_goplasmatic_norm.txt'), 'Jane Smith', 'AL RASHID TRUST'), 'text/plain');
    const metrics = await (await request(`${service.url}/metrics`)).body.text();
    for (const route of ['/v1/text', '/v1/payments']) {
      expect(metrics).toMatch(new RegExp(`unsc_screen_http_requests_total\\{method="POST",route="${route}",status="200"\\} [1-9]`));
      expect(metrics).toMatch(new RegExp(`unsc_screen_http_request_duration_seconds_count\\{method="POST",route="${route}"\\} [1-9]`));
      expect(metrics).toMatch(new RegExp(`unsc_screen_alerts_total\\{route="${route}"\\} [1-9]`));
      expect(metrics).toMatch(new RegExp(`unsc_screen_screened_total\\{route="${route}"\\} [1-9]`));
    }
  });
});
