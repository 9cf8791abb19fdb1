import type { Role } from '@ethics/domain';

/** Demo sign-ins (API.md); every one has the password below. Demo only. */
export const DEMO_PASSWORD = 'demo-password';

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@demo.test', name: 'Ada Admin', role: 'admin' },
  { email: 'lead@demo.test', name: 'Lena Lead', role: 'lead' },
  { email: 'reviewer@demo.test', name: 'Rafael Reviewer', role: 'reviewer' },
  { email: 'reviewer2@demo.test', name: 'Rosa Reviewer', role: 'reviewer' },
  { email: 'exec@demo.test', name: 'Elliot Executive', role: 'executive' },
  { email: 'auditor@demo.test', name: 'Aurelia Auditor', role: 'auditor' },
];
