import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS } from './logger';

describe('log redaction', () => {
  it('never writes bearer tokens, cookies or passwords', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    logger.info({
      req: { headers: { authorization: 'Bearer secret-token-value', cookie: 'sid=secret-cookie' } },
      body: { password: 'hunter2-password', accessToken: 'another-secret' },
    });
    const output = lines.join('');
    expect(output).not.toMatch(/secret-token-value|secret-cookie|hunter2-password|another-secret/);
    expect(output).toContain('[redacted]');
  });
});
