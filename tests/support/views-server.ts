/**
 * A local analytics-shaped HTTP server for view-count tests (127.0.0.1 only). Each request is
 * answered by the current `handler`, which tests swap to simulate a healthy service, an error
 * status, a malformed body or a hang; requests are recorded (method, path, headers, body).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

export type Handler = (req: RecordedRequest, res: ServerResponse) => void;

export interface ViewsServer {
  url: string;
  requests: RecordedRequest[];
  handler: Handler;
  close(): Promise<void>;
}

export async function startViewsServer(initial: Handler): Promise<ViewsServer> {
  const sockets = new Set<import('node:net').Socket>();
  const state: ViewsServer = {
    url: '',
    requests: [],
    handler: initial,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        authorization: req.headers.authorization,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      state.requests.push(recorded);
      state.handler(recorded, res);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

export const json =
  (body: unknown, status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

export const text =
  (body: string, contentType = 'text/csv', status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  };

/** Never answers (the client's timeout must fire). */
export const hang: Handler = () => {};

/** Plausible Stats API v2: `POST /api/v2/query` → `{ results: [{ dimensions: [page], metrics: [n] }] }`. */
export function plausible(pages: Record<string, unknown>, token?: string): Handler {
  return (req, res) => {
    if (req.method !== 'POST' || req.url !== '/api/v2/query') {
      res.writeHead(404).end('not found');
      return;
    }
    if (token && req.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"Invalid API key"}');
      return;
    }
    const query = JSON.parse(req.body) as { pagination?: { offset?: number; limit?: number } };
    const offset = query.pagination?.offset ?? 0;
    const limit = query.pagination?.limit ?? 10_000;
    const results = Object.entries(pages)
      .slice(offset, offset + limit)
      .map(([page, n]) => ({ dimensions: [page], metrics: [n] }));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ results, meta: {}, query }));
  };
}

/** A port on 127.0.0.1 that nothing listens on (connection refused). */
export async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
