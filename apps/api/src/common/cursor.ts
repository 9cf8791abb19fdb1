import { ValidationProblem } from './app-errors';

/** Opaque keyset cursors: the sort key of the last row of a page, base64url JSON. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * The page out of `limit + 1` rows fetched: the first `limit`, and, when the extra row shows that
 * more follow, the cursor made of the sort key of the page's last row.
 */
export function keysetPage<T>(rows: T[], limit: number, sortKey: (last: T) => (string | number)[]): KeysetPage<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(sortKey(items[items.length - 1])) : null };
}

export function decodeCursor(cursor: string, arity: number): string[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values.map(String);
    }
  } catch {
    // fall through to the single answer for any bad cursor
  }
  throw new ValidationProblem([{ field: 'cursor', message: 'is not a cursor this list gave out' }]);
}
