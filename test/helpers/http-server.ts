/**
 * A real HTTP server on 127.0.0.1 (port 0) for download tests: each test
 * says how to answer; the server counts requests and records their headers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse, index: number) => void;

export interface TestServer {
  url: string;
  /** Headers of every request received, in order. */
  requests: IncomingMessage['headers'][];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  let handler: Handler = (_, response) => response.writeHead(500).end();
  const requests: IncomingMessage['headers'][] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.headers);
    handler(request, response, requests.length - 1);
  });
  const { port, close } = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/consolidated.xml`,
    requests,
    handle(next) {
      handler = next;
    },
    close,
  };
}

/** Listens on 127.0.0.1:0; `close` also ends open connections (stalled tests leave some). */
async function listen(server: Server): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A real forward proxy on 127.0.0.1 (CONNECT tunnels, and absolute-URI requests), counting what it forwards. */
export interface TestProxy {
  url: string;
  forwarded: string[];
  close(): Promise<void>;
}

export async function startProxy(): Promise<TestProxy> {
  const { connect } = await import('node:net');
  const { request: forward } = await import('node:http');
  const forwarded: string[] = [];
  const server = createServer((request, response) => {
    // A plain proxied request: the path is the absolute URL.
    forwarded.push(`GET ${request.url}`);
    const target = new URL(request.url ?? '');
    const upstream = forward({ host: target.hostname, port: target.port, path: target.pathname, method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    request.pipe(upstream);
  });
  server.on('connect', (request, client, head) => {
    forwarded.push(`CONNECT ${request.url}`);
    const [host, port] = (request.url ?? '').split(':');
    const upstream = connect(Number(port), host!, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const { port, close } = await listen(server);
  return { url: `http://127.0.0.1:${port}`, forwarded, close };
}
