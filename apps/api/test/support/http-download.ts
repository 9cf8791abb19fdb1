import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { TestApp } from './test-app';

/** The app on a loopback port, for clients that read a body as a stream rather than buffer it. */
export async function listeningUrl(t: TestApp): Promise<string> {
  const server: Server = t.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export interface StreamedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  bytes: number;
  /** True when `onChunk` asked to stop and the request was cut. */
  aborted: boolean;
}

/**
 * GETs a URL and hands each chunk of the body to `onChunk`, keeping none of it. Returning
 * 'stop' cuts the connection, as a client that goes away mid-download would.
 */
export function streamGet(
  url: string,
  headers: Record<string, string>,
  onChunk: (chunk: Buffer, bytesSoFar: number) => void | 'stop' = () => undefined,
): Promise<StreamedResponse> {
  return new Promise((resolve, reject) => {
    let aborted = false;
    const req = httpRequest(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (!aborted && onChunk(chunk, bytes) === 'stop') {
          aborted = true;
          req.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, aborted });
        }
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, aborted }));
      res.on('error', (error) => (aborted ? undefined : reject(error)));
    });
    req.on('error', (error) => (aborted ? undefined : reject(error)));
    req.end();
  });
}

/** A small export's whole body as text (supertest does not buffer application/x-ndjson by itself). */
export async function exportBody(t: TestApp, path: string, headers: Record<string, string>) {
  const response = await request(t.http)
    .get(path)
    .set(headers)
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });
  return {
    status: response.status,
    headers: response.headers as Record<string, string>,
    text: response.body as string,
  };
}
