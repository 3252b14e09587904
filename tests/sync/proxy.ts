import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the proxy does with one request: pass it, refuse it (server down), pass it and drop the answer,
 * or answer it itself with this JSON (status 200 unless given: what another server would say).
 */
export type ProxyFault = 'pass' | 'refuse' | 'drop-answer' | { status?: number; answer: unknown };

/** A server in trouble: CouchDB's answer to a request that crashed inside it. */
export const serverError: ProxyFault = { status: 500, answer: { error: 'unknown_error', reason: 'function_clause' } };

/**
 * A loopback HTTP proxy in front of the sync server (in-process or a real CouchDB): the tests stop
 * and start "the server" with it, fail one request at a chosen point (before the server saw it, or
 * after it did its work but before its answer arrives), count requests, and answer CORS as a CouchDB
 * with CORS enabled does (for the browser test).
 */
export async function startProxy(target: string, options: { cors?: boolean } = {}) {
  const upstream = new URL(target);
  let down = false;
  let fault: ((req: http.IncomingMessage, body: Buffer) => ProxyFault) | null = null;
  const seen: { method: string; path: string }[] = [];
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({ method: req.method ?? 'GET', path: req.url ?? '/' });
      if (options.cors) {
        const origin = req.headers.origin;
        if (origin) {
          res.setHeader('Access-Control-Allow-Origin', origin);
          res.setHeader('Access-Control-Allow-Credentials', 'true');
          res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
          res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, HEAD, OPTIONS');
        }
        if (req.method === 'OPTIONS') {
          res.writeHead(204).end();
          return;
        }
      }
      const verdict = down ? 'refuse' : (fault?.(req, body) ?? 'pass');
      if (verdict === 'refuse') {
        req.socket.destroy();
        return;
      }
      if (typeof verdict === 'object') {
        res.writeHead(verdict.status ?? 200, { 'Content-Type': 'application/json' }).end(JSON.stringify(verdict.answer));
        return;
      }
      const headers = { ...req.headers, host: upstream.host };
      delete headers.origin;
      const forward = http.request(
        { hostname: upstream.hostname, port: upstream.port, path: upstream.pathname.replace(/\/$/, '') + (req.url ?? '/'), method: req.method, headers },
        (answer) => {
          if (verdict === 'drop-answer') {
            // The server did the work; the client never hears of it.
            answer.resume();
            answer.on('end', () => req.socket.destroy());
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => req.socket.destroy());
      // A client that gives up (a long poll stopped) ends the upstream request too.
      res.on('close', () => forward.destroy());
      forward.end(body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    /** The server is "stopped": every request and open connection is cut. */
    down() {
      down = true;
      for (const socket of sockets) socket.destroy();
    },
    up() {
      down = false;
    },
    /** Decides per request; null passes everything again. */
    setFault(decide: ((req: http.IncomingMessage, body: Buffer) => ProxyFault) | null) {
      fault = decide;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export type Proxy = Awaited<ReturnType<typeof startProxy>>;
