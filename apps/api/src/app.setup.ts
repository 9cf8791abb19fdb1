import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { genericProblem, PROBLEM_CONTENT_TYPE } from './common/problem-details';
import { requestIdMiddleware } from './common/request-id.middleware';
import type { AppRequest } from './common/request-context';
import type { AppConfig } from './config/app-config';
import { DrainState } from './lifecycle/drain-state';

export const API_PREFIX = 'api/v1';
export const JSON_BODY_LIMIT = '1mb';

export function buildOpenApiDocument(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Ethics case tracker API')
    .setDescription(
      'Investigations of customer misuse: cases, evidence, enforcement actions, statements and a verifiable audit trail.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Everything around the routes: the same for `npm start` and the HTTP tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  // Client addresses (rate limits, audit) come from X-Forwarded-For only behind a configured proxy.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  const drain = app.get(DrainState);
  app.use((_request: Request, response: Response, next: NextFunction) => {
    // A stopping process lets no client keep a connection to it.
    if (drain.draining) response.setHeader('Connection', 'close');
    next();
  });
  app.use(
    pinoHttp({
      logger,
      genReqId: (request) => (request as unknown as AppRequest).requestId,
      autoLogging: { ignore: (request) => request.url === `/${API_PREFIX}/health` },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Swagger UI and Mantine use inline styles.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.setGlobalPrefix(API_PREFIX);
  // Signals are handled by main.ts (lifecycle/graceful-shutdown.ts), which drains before closing.
  answerUnparsableRequests(app.getHttpServer());

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });

  serveDashboard(app, config.webDistDir);
}

/**
 * A request Node's HTTP parser refuses before Express sees it (a URL or headers over the 16 KiB
 * limit, a malformed request line) gets problem details like every other refusal, not Node's bare
 * status line.
 */
function answerUnparsableRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const problem = genericProblem(status);
    const body = JSON.stringify(problem);
    socket.end(
      `HTTP/1.1 ${status} ${problem.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

/**
 * The built dashboard at `/`. Hashed assets are cached for good; index.html
 * never, so a deploy shows at once. Client-side routes fall back to
 * index.html, but a missing asset or API path stays a 404.
 */
function serveDashboard(app: NestExpressApplication, distDir: string): void {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return;
  app.use(
    '/assets',
    // The build writes .br and .gz copies of each asset; the one the browser accepts is sent as is.
    expressStaticGzip(join(distDir, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: { immutable: true, maxAge: '1y', fallthrough: true, index: false },
    }),
  );
  app.use(express.static(distDir, { index: false, maxAge: 0 }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage =
      request.method === 'GET' && !/^\/(api|assets)(\/|$)/.test(request.path) && !/\.\w+$/.test(request.path);
    if (!isPage) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
