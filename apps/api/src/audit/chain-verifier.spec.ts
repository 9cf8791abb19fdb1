import fc from 'fast-check';
import { generateKeyPairSync, sign } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { GENESIS_HASH, hashAuditContent, type HashedAuditContent, type JsonValue } from './audit-hash';
import {
  ChainVerifier,
  checkpointProblem,
  checkpointText,
  eventHash,
  exportLine,
  keyIdOf,
  type ExportedAuditEvent,
} from './chain-verifier';

/** A chain of `length` events hashed by the writer's own function (audit-hash.ts). */
function chain(length: number): ExportedAuditEvent[] {
  const events: ExportedAuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const content: HashedAuditContent = {
      seq,
      id: randomUUID(),
      occurredAt: new Date(Date.UTC(2026, 2, 1, 9, 0, seq)).toISOString(),
      actorId: randomUUID(),
      actorRole: 'lead',
      action: 'case.transitioned',
      entityType: 'case',
      entityId: randomUUID(),
      caseId: randomUUID(),
      before: { status: 'triage', title: 'Storage used for surveillance' },
      after: { status: 'investigating', title: 'Storage used for surveillance' },
      metadata: { to: 'investigating', from: 'triage' },
      reason: seq % 2 ? 'Press report corroborated' : null,
      requestId: randomUUID(),
      clientAddress: '192.0.2.10',
      prevHash,
    };
    const hash = hashAuditContent(content);
    events.push({ ...content, hash });
    prevHash = hash;
  }
  return events;
}

/** Runs a verifier over the lines as the offline verifier does; the first problem with its index. */
function firstProblem(lines: string[], complete = true) {
  const verifier = new ChainVerifier({ complete });
  for (const [index, line] of lines.entries()) {
    const problem = verifier.check(JSON.parse(line), line);
    if (problem) return { index, ...problem };
  }
  return null;
}

const jsonValue = fc.jsonValue() as fc.Arbitrary<JsonValue>;
const nullableText = fc.option(fc.string(), { nil: null });

describe('the shared chain verifier', () => {
  it("hashes exactly as the writer does, and verifies the export's lines by either path", () => {
    fc.assert(
      fc.property(
        fc.record({
          seq: fc.integer({ min: 2, max: 2 ** 40 }),
          id: fc.uuid(),
          occurredAt: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
          actorId: fc.option(fc.uuid(), { nil: null }),
          actorRole: nullableText,
          action: fc.string(),
          entityType: fc.string(),
          entityId: nullableText,
          caseId: nullableText,
          before: jsonValue,
          after: jsonValue,
          metadata: jsonValue,
          reason: nullableText,
          requestId: nullableText,
          clientAddress: nullableText,
          prevHash: fc.stringMatching(/^[0-9a-f]{64}$/),
        }),
        (content) => {
          const hash = hashAuditContent(content);
          expect(eventHash(content)).toBe(hash);
          const line = exportLine({ ...content, hash });
          const parsed = JSON.parse(line) as ExportedAuditEvent;
          expect(parsed).toEqual(JSON.parse(JSON.stringify({ ...content, hash })));
          // By the text of the line, and by re-serialising the parsed values.
          expect(new ChainVerifier({ complete: false }).check(parsed, line)).toBeNull();
          expect(new ChainVerifier({ complete: false }).check(parsed)).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sorts integer-like keys and an own "__proto__" by code unit, as the writer does', () => {
    const { hash: _hash, ...event } = chain(1)[0];
    const awkward = JSON.parse(
      '{"10":1,"9":{"b":2,"a":1},"__proto__":{"z":[{"y":1,"x":0}]},"é":null,"Z":true}',
    ) as JsonValue;
    const content = { ...event, before: awkward, after: [awkward, 'x'] };
    const hash = hashAuditContent(content);
    expect(eventHash(content)).toBe(hash);
    const line = exportLine({ ...content, hash });
    expect(line).toContain('"before":{"10":1,"9":{"a":1,"b":2},"Z":true,"__proto__":{"z":[{"x":0,"y":1}]},"é":null}');
    expect(new ChainVerifier().check(JSON.parse(line), line)).toBeNull();
  });

  it('accepts an untouched chain, whatever the layout of its lines', () => {
    const events = chain(20);
    expect(firstProblem(events.map(exportLine))).toBeNull();
    // Another key order and white space: the canonical form, not the text, is what is hashed.
    const reordered = events.map(({ hash, seq, ...rest }) => JSON.stringify({ hash, ...rest, seq }, null, 1));
    expect(firstProblem(reordered.map((line) => line.replace(/\n/g, '')))).toBeNull();
  });

  it('names the exact event that was altered, removed, inserted, reordered or repeated', () => {
    const events = chain(20);
    const lines = events.map(exportLine);

    const altered = [...lines];
    altered[7] = altered[7].replace('"actorRole":"lead"', '"actorRole":"admin"');
    expect(firstProblem(altered)).toMatchObject({ index: 7, reason: 'hash' });

    const removed = lines.filter((_, index) => index !== 7);
    expect(firstProblem(removed)).toMatchObject({ index: 7, reason: 'sequence' });

    // A forged event with a valid hash of its own, slipped in with the next seq.
    const forged = chain(1)[0];
    const inserted = [...lines.slice(0, 8), exportLine({ ...forged, seq: 9 }), ...lines.slice(8)];
    expect(firstProblem(inserted)).toMatchObject({ index: 8, reason: 'link' });

    const reordered = [...lines];
    [reordered[7], reordered[8]] = [reordered[8], reordered[7]];
    expect(firstProblem(reordered)).toMatchObject({ index: 7, reason: 'sequence' });

    const repeated = [...lines.slice(0, 8), lines[7], ...lines.slice(8)];
    expect(firstProblem(repeated)).toMatchObject({ index: 8, reason: 'sequence' });

    // Renumbered to hide a removal: the link to the event before no longer holds.
    const renumbered = events.filter((_, index) => index !== 7).map((event, index) => ({ ...event, seq: index + 1 }));
    expect(firstProblem(renumbered.map((event) => JSON.stringify(event)))).toMatchObject({ index: 7, reason: 'link' });
  });

  it('checks a filtered export event by event, and links where seqs are consecutive', () => {
    const lines = chain(20).map(exportLine);
    const subset = [lines[2], lines[3], lines[9], lines[15]];
    const verifier = new ChainVerifier({ complete: false });
    for (const line of subset) expect(verifier.check(JSON.parse(line), line)).toBeNull();
    expect(verifier).toMatchObject({ checked: 4, linksChecked: 1 });

    expect(firstProblem([lines[2], lines[9].replace('192.0.2.10', '192.0.2.99')], false)).toMatchObject({
      index: 1,
      reason: 'hash',
    });
    expect(firstProblem([lines[9], lines[2]], false)).toMatchObject({ index: 1, reason: 'sequence' });
    expect(firstProblem([lines[2], lines[4]], false)).toBeNull();
  });

  it('refuses lines that are not exactly an exported event', () => {
    const [event] = chain(1);
    const { reason: _reason, ...missing } = event;
    const problems = [
      [],
      'text',
      { ...event, extra: true },
      missing,
      { ...event, seq: '1' },
      { ...event, seq: 0 },
      { ...event, hash: 'ABC' },
      { ...event, actorId: 7 },
    ].map((value) => new ChainVerifier().check(value));
    expect(problems.map((problem) => problem?.reason)).toEqual(Array(8).fill('format'));
    expect(problems[2]?.detail).toContain('"extra"');
    expect(problems[3]?.detail).toContain('"reason"');
  });

  it('holds a checkpoint signed by the key, and nothing else', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const fields = { seq: 42, hash: 'ab'.repeat(32), at: '2026-03-01T09:00:00.000Z', keyId: keyIdOf(publicKey) };
    const signature = sign(null, Buffer.from(checkpointText(fields)), privateKey).toString('base64');
    const checkpoint = { ...fields, signature, algorithm: 'Ed25519' };
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();

    expect(checkpointText(fields)).toBe(
      `ethics-audit-checkpoint/v1\nseq:42\nhash:${'ab'.repeat(32)}\nat:2026-03-01T09:00:00.000Z\nkeyId:${fields.keyId}`,
    );
    expect(checkpointProblem(checkpoint, pem)).toBeNull();
    expect(checkpointProblem({ ...checkpoint, seq: 43 }, pem)).toMatch(/signature does not match/);
    expect(checkpointProblem({ ...checkpoint, hash: 'cd'.repeat(32) }, pem)).toMatch(/signature does not match/);
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(checkpointProblem(checkpoint, other)).toMatch(/another key/);
    expect(checkpointProblem({ ...checkpoint, algorithm: 'RS256' }, pem)).toMatch(/algorithm/);
    expect(checkpointProblem(checkpoint, 'not a key')).toMatch(/not a PEM public key/);
  });
});
