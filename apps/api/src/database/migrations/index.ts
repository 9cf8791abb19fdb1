import { InitialSchema1795885424914 } from './1795885424914-InitialSchema';

/** Every migration, in order. */
export const MIGRATIONS = [InitialSchema1795885424914];
