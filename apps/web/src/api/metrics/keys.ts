export const metricKeys = {
  all: ['metrics'] as const,
  outcomes: (months: number) => [...metricKeys.all, 'outcomes', { months }] as const,
};
