import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MediaTypeSniffer } from './media-type-sniffer';

async function sniff(...chunks: Buffer[]): Promise<string> {
  const sniffer = new MediaTypeSniffer();
  const passed: Buffer[] = [];
  await pipeline(Readable.from(chunks), sniffer, async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) passed.push(chunk);
  });
  expect(Buffer.concat(passed)).toEqual(Buffer.concat(chunks));
  return sniffer.mediaType();
}

describe('MediaTypeSniffer', () => {
  it('recognises magic numbers', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    await expect(sniff(png)).resolves.toBe('image/png');
    await expect(sniff(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'))).resolves.toBe('application/pdf');
  });

  it('calls well-formed UTF-8 without NUL text/plain, even split inside a character', async () => {
    const text = Buffer.from('Überwachung — ok\n');
    const cut = text.indexOf(0xc3) + 1;
    await expect(sniff(text.subarray(0, cut), text.subarray(cut))).resolves.toBe('text/plain');
  });

  it('calls anything else application/octet-stream', async () => {
    await expect(sniff(Buffer.from([0x61, 0x00, 0x62]))).resolves.toBe('application/octet-stream');
    await expect(sniff(Buffer.from([0x61, 0xff, 0x62]))).resolves.toBe('application/octet-stream');
    await expect(sniff(Buffer.from('ends mid character \xc3', 'latin1'))).resolves.toBe('application/octet-stream');
    await expect(sniff()).resolves.toBe('application/octet-stream');
  });
});
