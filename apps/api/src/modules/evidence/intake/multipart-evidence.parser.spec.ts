import { displayFilename, formFieldsToBody } from './multipart-evidence.parser';

describe('displayFilename', () => {
  it('keeps only a printable base name', () => {
    expect(displayFilename('../../etc/passwd')).toBe('passwd');
    expect(displayFilename('C:\\Users\\x\\scan.pdf')).toBe('scan.pdf');
    expect(displayFilename('bad\u0000name\u001b.txt')).toBe('badname.txt');
    expect(displayFilename('Überwachung.pdf')).toBe('Überwachung.pdf');
    expect(displayFilename('..')).toBeNull();
    expect(displayFilename(undefined)).toBeNull();
    expect(Array.from(displayFilename('x'.repeat(400))!)).toHaveLength(300);
  });
});

describe('formFieldsToBody', () => {
  it('joins list fields, drops empty values and refuses repeated single fields', () => {
    const errors: { field: string; message: string }[] = [];
    const body = formFieldsToBody(
      new Map([
        ['title', ['A title']],
        ['description', ['']],
        ['allegationIds', ['a, b', 'c']],
        ['kind', ['email', 'contract']],
      ]),
      errors,
    );
    expect(body).toEqual({ title: 'A title', allegationIds: ['a', 'b', 'c'] });
    expect(errors).toEqual([{ field: 'kind', message: 'must be sent once' }]);
  });
});
