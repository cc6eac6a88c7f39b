import { type ChildProcess, spawn } from 'node:child_process';

/** A server running as a child process of the bench. */
export interface ChildServer {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  /** Milliseconds from spawn to the ready line. */
  readonly readyMs: number;
  /** Resident set size of the child, from /proc (bytes), or null when unreadable. */
  rss(): Promise<number | null>;
  /** CPU time (user + system) the child has used, from /proc (ms), or null when unreadable. */
  cpuMs(): Promise<number | null>;
  /** Sends SIGTERM (or `signal`) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** How to start a child server and recognise that it is ready. */
export interface ChildSpec {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Extracts the base URL from the output seen so far, once the server is ready. */
  readonly ready: (output: string) => string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

/**
 * Starts a server as a child process and resolves once its output says it is ready. The child's output is
 * kept (for error messages) up to 64 KiB.
 *
 * @example
 * const limit = await startChild({ name: 'limit', command: process.execPath, args: ['limit-server.js'],
 *   ready: (out) => out.match(/listening on (\S+)/)?.[1] });
 */
export function startChild(spec: ChildSpec): Promise<ChildServer> {
  const started = performance.now();
  const child = spawn(spec.command, [...spec.args], {
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let ready = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${spec.name} did not start within ${spec.timeoutMs ?? 60_000} ms:\n${output}`));
    }, spec.timeoutMs ?? 60_000);
    const onData = (data: Buffer) => {
      if (output.length < 65_536) output += String(data);
      if (ready) return;
      const url = spec.ready(output);
      if (!url) return;
      ready = true;
      clearTimeout(timer);
      resolve({
        name: spec.name,
        url,
        child,
        readyMs: performance.now() - started,
        rss: () => rssOf(child.pid),
        cpuMs: () => cpuMsOf(child.pid),
        async stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready)
        reject(new Error(`${spec.name} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}

/**
 * Resident memory of a process (Linux /proc), in bytes.
 *
 * @example
 * const bytes = await rssOf(child.pid);
 */
export async function rssOf(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const { readFile } = await import('node:fs/promises');
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = status.match(/^VmRSS:\s+(\d+) kB/m)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

/** Clock ticks per second of /proc/<pid>/stat (`getconf CLK_TCK`: 100 on Linux). */
const CLOCK_TICKS = 100;

/**
 * CPU time (user + system) a process has used (Linux /proc), in ms. Unlike req/s, it is barely moved by
 * the other processes of a shared machine.
 *
 * @example
 * const before = await cpuMsOf(child.pid);
 */
export async function cpuMsOf(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const { readFile } = await import('node:fs/promises');
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Reads the URL from the sandbox's (and the limit server's) "listening on URL" line. */
export const listeningLine = (output: string): string | undefined =>
  output.match(/listening on (https?:\/\/\S+)/)?.[1];
