/**
 * A real Redis (Debian's redis-server) for the tests of what the bot's processes share: started on
 * a free port without persistence, stopped and started again on the same port to show an outage.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { Redis } from 'ioredis';

/** Why Redis tests cannot run here, or undefined when redis-server is installed. */
export function redisMissing(): string | undefined {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? undefined : `redis-server is not installed (${probe.error?.message ?? probe.stderr.trim()}); .ci/run installs it`;
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

export class RedisServer {
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.resume();
    return server;
  }

  /** Starts (again) on the same port; resolves once it answers a PING. */
  async resume(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
    this.child = child;
    // The client retries its connection until the server listens: its `ready` is the server's.
    const probe = new Redis(this.url, { retryStrategy: (attempt) => (attempt > 400 ? null : 25), maxRetriesPerRequest: null });
    probe.on('error', () => undefined); // refused until it listens
    try {
      const exited = once(child, 'exit').then(([code]) => Promise.reject(new Error(`redis-server exited with code ${code}`)));
      await Promise.race([new Promise((resolve) => probe.once('ready', resolve)), exited]);
    } catch (error) {
      await this.stop(); // a server that never answered is not left running
      throw error;
    } finally {
      probe.disconnect();
    }
  }

  /** Stops the server (as an outage would) and waits for its exit. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }
}
