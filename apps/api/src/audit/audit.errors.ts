/** Raised when an audit event would be written outside the transaction of its change. */
export class AuditOutsideTransactionError extends Error {
  constructor(action: string) {
    super(`audit event ${action} must be recorded inside the transaction of the change it records`);
  }
}
