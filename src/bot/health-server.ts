import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { CodedError } from '../shared/errors.js';
import { silentLog, type Log } from '../shared/log.js';
import type { HealthReport } from './health.js';

export interface HealthServerOptions {
  host: string;
  /** 0 picks a free port; `HealthServer.port` tells which. */
  port: number;
  /** Read on every /healthz request. */
  health: () => HealthReport;
  registry: Registry;
  /** Where a failed report is logged. */
  log?: Log;
}

export interface HealthServer {
  /** The port it listens on. */
  port: number;
  url: string;
  close(): Promise<void>;
}

/** The health and metrics port could not be opened (in use, or not allowed). */
export class HealthServerError extends CodedError<'LISTEN_FAILED'> {
  constructor(message: string, cause: unknown) {
    super('LISTEN_FAILED', message, { cause });
  }
}

/** Serves `GET /healthz` (200 ready, 503 not, JSON either way) and `GET /metrics` (Prometheus text). */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server = createServer((request, response) => void respond(request, response, options));
  await listen(server, options.host, options.port);
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new HealthServerError(`Could not serve /healthz and /metrics on ${host}:${port} (${error.code ?? error.message}). Set METRICS_PORT to a free port, or leave it empty.`, error)),
    );
    server.listen(port, host, () => resolve());
  });
}

async function respond(request: IncomingMessage, response: ServerResponse, options: HealthServerOptions): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path !== '/healthz' && path !== '/metrics') return send(response, 404, 'text/plain; charset=utf-8', 'not found: try /healthz or /metrics\n');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
  }
  try {
    if (path === '/metrics') return send(response, 200, options.registry.contentType, await options.registry.metrics());
    const health = options.health();
    send(response, health.ready ? 200 : 503, 'application/json', `${JSON.stringify(health)}\n`);
  } catch (error) {
    (options.log ?? silentLog).error({ err: error, path }, 'could not serve a health or metrics request');
    send(response, 500, 'text/plain; charset=utf-8', 'could not report; see the bot log\n');
  }
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}
