import { useSyncExternalStore } from 'react';

/**
 * The signed-in session, kept in sessionStorage: it survives a reload but not closing the tab,
 * and it is not shared between tabs.
 */
export interface Session {
  accessToken: string;
  /** ISO 8601 UTC. */
  expiresAt: string;
}

const STORAGE_KEY = 'ethics.session';
const listeners = new Set<() => void>();

// useSyncExternalStore needs the same object back while storage is unchanged.
let cachedRaw: string | null | undefined;
let cachedSession: Session | null = null;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be blocked by the browser's privacy settings: behave as signed out.
    return undefined;
  }
}

export function isExpired(session: Session, now = Date.now()): boolean {
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isNaN(expiresAt) || expiresAt <= now;
}

function parse(raw: string | null): Session | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === 'object' &&
      value !== null &&
      'accessToken' in value &&
      'expiresAt' in value &&
      typeof value.accessToken === 'string' &&
      typeof value.expiresAt === 'string'
    ) {
      const session: Session = { accessToken: value.accessToken, expiresAt: value.expiresAt };
      return isExpired(session) ? null : session;
    }
  } catch {
    // A corrupt entry is treated as no session.
  }
  return null;
}

export function getSession(): Session | null {
  const raw = storage()?.getItem(STORAGE_KEY) ?? null;
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedSession = parse(raw);
  }
  return cachedSession;
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

export function setSession(session: Session): void {
  storage()?.setItem(STORAGE_KEY, JSON.stringify(session));
  notify();
}

export function clearSession(): void {
  if (storage()?.getItem(STORAGE_KEY) === null) return;
  storage()?.removeItem(STORAGE_KEY);
  notify();
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeToSession, getSession, () => null);
}
