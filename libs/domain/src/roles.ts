export const ROLES = ['reviewer', 'lead', 'executive', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
