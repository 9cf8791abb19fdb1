export const ACTION_TYPES = [
  'disable_service',
  'suspend_account',
  'restrict_feature',
  'terminate_contract',
  'warning',
  'enhanced_monitoring',
  'account_review',
  'other',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const ACTION_STATUSES = ['proposed', 'approved', 'rejected', 'executed', 'reversed'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type ActionCommand = 'approve' | 'reject' | 'execute' | 'reverse';

/** The status each lifecycle command moves an action to, and from which status it may. */
export const ACTION_COMMANDS: Readonly<Record<ActionCommand, { from: ActionStatus; to: ActionStatus }>> = {
  approve: { from: 'proposed', to: 'approved' },
  reject: { from: 'proposed', to: 'rejected' },
  execute: { from: 'approved', to: 'executed' },
  reverse: { from: 'executed', to: 'reversed' },
};

/** The default service catalogue; deployments may configure their own (SERVICE_CATALOGUE). */
export const DEFAULT_SERVICE_CATALOGUE: Readonly<Record<string, string>> = {
  'cloud-storage': 'Cloud storage',
  'ai-services': 'AI services',
  compute: 'Compute',
  networking: 'Networking',
  support: 'Support',
};
