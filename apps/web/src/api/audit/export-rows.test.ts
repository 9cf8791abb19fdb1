import { describe, expect, it } from 'vitest';
import { ExportRowCounter } from './export-rows';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Feeds the text split at every given offset, as a network would deliver it. */
function countIn(format: 'csv' | 'ndjson', text: string, cuts: number[] = []): number[] {
  const counter = new ExportRowCounter(format);
  const seen: number[] = [];
  let start = 0;
  for (const end of [...cuts, text.length]) {
    counter.push(bytes(text.slice(start, end)));
    seen.push(counter.rows);
    start = end;
  }
  counter.finish();
  seen.push(counter.rows);
  return seen;
}

describe('ExportRowCounter', () => {
  it('counts NDJSON records as they arrive, a record split across chunks counted once', () => {
    const text = '{"seq":1}\n{"seq":2}\n{"seq":3}\n';
    expect(countIn('ndjson', text, [4, 14, 25])).toEqual([0, 1, 2, 3, 3]);
  });

  it('leaves the CSV header line out', () => {
    expect(countIn('csv', 'seq,action\n1,case.created\n2,case.updated\n')).toEqual([2, 2]);
    expect(countIn('csv', 'seq,action\n')).toEqual([0, 0]);
    expect(countIn('csv', '')).toEqual([0, 0]);
  });

  it('does not count line breaks inside quoted CSV fields, even when a chunk ends inside the quotes', () => {
    const text = 'seq,reason\n1,"two\nlines"\n2,"say ""hi""\r\nthere"\r\n3,plain\r\n';
    const cuts = [15, 16, 30, 31, 40];
    const seen = countIn('csv', text, cuts);
    expect(seen[seen.length - 1]).toBe(3);
  });

  it('counts a record only once its line is complete, and the last one at the end of the body', () => {
    expect(countIn('ndjson', '{"a":1}\n{"a":2}')).toEqual([1, 2]);
    expect(countIn('csv', 'h\nrow1\nrow2')).toEqual([1, 2]);
  });

  it('ignores blank lines', () => {
    expect(countIn('ndjson', '{"a":1}\n\n\r\n{"a":2}\n\n')).toEqual([2, 2]);
  });

  it('counts multi-byte UTF-8 text by its records, not its characters', () => {
    expect(countIn('ndjson', '{"name":"Zoë Ångström"}\n{"name":"שלום"}\n', [10, 11, 12])).toEqual([0, 0, 0, 2, 2]);
  });
});
