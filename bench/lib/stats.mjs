/** Latency figures from a list of milliseconds. */
export function percentiles(latencies) {
  if (latencies.length === 0) return { p50: null, p95: null, p99: null };
  const sorted = Float64Array.from(latencies).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

export function median(values) {
  return percentiles(values).p50;
}

const ms = (value) => (value === null ? '—' : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
export const rate = (value, unit = 'req/s') =>
  value === null || value === undefined
    ? '—'
    : `${value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1)} ${unit}`;

/** "p50 12 ms · p95 25 ms · p99 40 ms · 800 req/s" for a load run's summary. */
export function latencyText(run, unit = 'req/s') {
  const errors = run.errors ? ` · ${run.errors} errors` : '';
  return `p50 ${ms(run.p50)} · p95 ${ms(run.p95)} · p99 ${ms(run.p99)} · ${rate(run.throughput, unit)}${errors}`;
}

export const ratio = (value, base) => (value && base ? value / base : null);
export const times = (value) => (value === null ? '—' : `${value.toFixed(2)}×`);
export const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
