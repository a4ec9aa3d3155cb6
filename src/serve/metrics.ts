/**
 * The service's Prometheus metrics (prom-client), in a registry of its own:
 * requests and latency by route, alerts, the list's age and version, update
 * attempts and failures, and the process's default metrics.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ListService } from './list-service.js';

/** Latency buckets (seconds): a screen takes tens of microseconds in process, a batch of 1,000 up to a second. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** The metrics of one service process. */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<'method' | 'route' | 'status'>;
  readonly duration: Histogram<'method' | 'route'>;
  readonly alerts: Counter<'route'>;
  readonly screened: Counter<'route'>;

  constructor(lists: ListService) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'unsc_screen_' });
    this.requests = new Counter({
      name: 'unsc_screen_http_requests_total',
      help: 'HTTP requests answered, by route pattern, method and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.duration = new Histogram({
      name: 'unsc_screen_http_request_duration_seconds',
      help: 'Time from the request to the end of its answer, by route pattern.',
      labelNames: ['method', 'route'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.alerts = new Counter({ name: 'unsc_screen_alerts_total', help: 'Alerts returned, by route.', labelNames: ['route'], registers });
    this.screened = new Counter({ name: 'unsc_screen_screened_total', help: 'What was screened, by route: parties (/v1/screen, batch, /match), texts (/v1/text), payment transactions (/v1/payments).', labelNames: ['route'], registers });
    new Gauge({
      name: 'unsc_screen_list_age_seconds',
      help: 'Seconds since the dateGenerated of the list in use.',
      registers,
      aggregator: 'max',
      collect() {
        if (lists.ready) this.set((Date.now() - lists.screener.list.generatedAt.getTime()) / 1000);
      },
    });
    new Gauge({
      name: 'unsc_screen_list_info',
      help: 'The list in use: 1 for its dateGenerated and sha256.',
      labelNames: ['date_generated', 'sha256'],
      registers,
      aggregator: 'max',
      collect() {
        this.reset();
        if (lists.ready) this.set({ date_generated: lists.screener.list.dateGenerated, sha256: lists.screener.version.sha256 }, 1);
      },
    });
    const updates = new Counter({
      name: 'unsc_screen_list_updates_total',
      help: 'List update attempts, by outcome (updated, not-modified, unchanged, failed).',
      labelNames: ['outcome'],
      registers,
      aggregator: 'max', // every cluster worker records the primary's one attempt
    });
    const failures = new Counter({ name: 'unsc_screen_list_update_failures_total', help: 'List updates that failed (the last good list stays).', registers, aggregator: 'max' });
    const lastUpdate = new Gauge({
      name: 'unsc_screen_list_last_update_timestamp_seconds',
      help: 'When the last list update attempt ended (Unix time).',
      registers,
      aggregator: 'max',
    });
    const consecutive = new Gauge({
      name: 'unsc_screen_list_update_consecutive_failures',
      help: 'Failed list updates since the last one that did not fail.',
      registers,
      aggregator: 'max',
    });
    lists.onUpdate((outcome) => {
      updates.inc({ outcome: outcome.status });
      if (outcome.status === 'failed') failures.inc();
      lastUpdate.set(Date.parse(outcome.at) / 1000);
      consecutive.set(lists.info().updates.consecutiveFailures);
    });
  }
}
