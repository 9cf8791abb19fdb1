import fc from 'fast-check';
import { parseCsv } from '../../test/support/csv';
import { csvCell, csvRecord } from './csv';

describe('CSV cells', () => {
  it('quotes only what needs it, and shows formulas as text', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvRecord(['a', 'b'])).toBe('a,b\r\n');
  });

  it('reads back as written by any RFC 4180 reader, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 })), (records) => {
        const text = records.map((cells) => csvRecord(cells.map(csvCell))).join('');
        const shown = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
        expect(parseCsv(text)).toEqual(records.map((cells) => cells.map(shown)));
      }),
    );
  });
});
