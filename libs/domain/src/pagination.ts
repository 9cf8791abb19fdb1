export const PAGE_LIMIT_MIN = 1;
export const PAGE_LIMIT_MAX = 200;
export const PAGE_LIMIT_DEFAULT = 50;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
