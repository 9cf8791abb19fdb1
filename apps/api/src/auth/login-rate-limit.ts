/** Failed sign-ins allowed in the window before further attempts are refused with 429. */
export const LOGIN_LIMITS = {
  windowSeconds: 15 * 60,
  perAccount: 5,
  perAddress: 30,
} as const;
