import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's TypeScript entry points as a real process (`node --import tsx`). */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptRun> {
  return runCommand(process.execPath, scriptArgs(script, args), env);
}

/** How node is told to run one of the project's TypeScript entry points. */
export const scriptArgs = (script: string, args: string[]) => ['--import', 'tsx', script, ...args];

/** Runs any program from the project's folder, collecting its output. */
export function runCommand(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface RunningScript {
  /** Output so far. */
  readonly stdout: string;
  readonly stderr: string;
  /** Whether the process is still running. */
  running(): boolean;
  /** Resolves when the process has exited, with its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** Sends `signal` and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Resolves once stderr (from `since` on) matches `pattern`, as the output arrives; rejects if the process exits first. */
  stderrMatches(pattern: RegExp, since?: number): Promise<string>;
}

/** Starts an entry point as a real process that keeps running (e.g. `npm start`'s `src/main.ts`). */
export function startScript(script: string, args: string[], env: NodeJS.ProcessEnv): RunningScript {
  const child = spawn(process.execPath, scriptArgs(script, args), { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stderrMatches = (pattern: RegExp, since = 0) =>
    new Promise<string>((resolve, reject) => {
      const look = () => {
        const found = stderr.slice(since).match(pattern);
        if (!found) return;
        child.stderr.off('data', look);
        child.off('close', gone);
        resolve(found[0]);
      };
      const gone = (code: number | null) => reject(new Error(`the process exited (${code}) before its output matched ${pattern}:\n${stderr.slice(-3000)}`));
      child.stderr.on('data', look);
      child.once('close', gone);
      look();
    });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  return {
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    running: () => child.exitCode === null && child.signalCode === null,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    stderrMatches,
  };
}

/** `waiting`, unless one of `scripts` exits first: then it fails at once, with that process's log. */
export function whileRunning<T>(scripts: RunningScript | RunningScript[], waiting: Promise<T>): Promise<T> {
  const running = Array.isArray(scripts) ? scripts : [scripts];
  const exits = running.map((script, i) =>
    script.exited.then((code) => Promise.reject(new Error(`${running.length > 1 ? `process ${i}` : 'the process'} exited with code ${code}:\n${script.stderr.slice(-3000)}`))),
  );
  return Promise.race([waiting, ...exits]);
}

/** The last line of a command's output: where the JSON summaries are. */
export const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';
