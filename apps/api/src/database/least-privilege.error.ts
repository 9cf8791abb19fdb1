/** The application's database role could alter the audit trail, and REQUIRE_LEAST_PRIVILEGE=true. */
export class LeastPrivilegeError extends Error {}
