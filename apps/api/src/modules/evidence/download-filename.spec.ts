import { contentDisposition } from './download-filename';

const id = '0b5c1f0e-6a55-4b5e-9d7e-3f1f7b0c2a11';

describe('contentDisposition', () => {
  it('keeps a plain name and always says attachment', () => {
    expect(contentDisposition({ id, originalFilename: 'contract.pdf', mediaType: 'application/pdf' })).toBe(
      `attachment; filename="contract.pdf"; filename*=UTF-8''contract.pdf`,
    );
  });

  it('cannot be used to break out of the header or the quoted name', () => {
    const header = contentDisposition({ id, originalFilename: 'a"b\\c/d;e%f\r\n.png', mediaType: 'image/png' });
    const ascii = /filename="([^"]*)"/.exec(header)![1];
    expect(ascii).toBe('a_b_c_d_e_f.png');
    expect(header).not.toMatch(/[\r\n]/);
  });

  it('falls back to a name of its own', () => {
    expect(contentDisposition({ id, originalFilename: null, mediaType: 'text/plain' })).toContain(
      `filename="evidence-${id}.txt"`,
    );
    expect(contentDisposition({ id, originalFilename: '..', mediaType: null })).toContain(`filename="evidence-${id}"`);
  });
});
