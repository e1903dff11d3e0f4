import { spawnSync } from 'node:child_process';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

const ROOT = new URL('../../', import.meta.url).pathname;

/** Runs an npm script as staff would, with extra environment; never throws on a non-zero exit. */
export function runNpm(args: string[], env: Record<string, string> = {}): RunResult {
  const result = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 170_000,
  });
  // npm prints a config warning on these machines; it is not the tool's output.
  const clean = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.includes('Unknown user config'))
      .join('\n');
  const stdout = clean(result.stdout);
  const stderr = clean(result.stderr);
  return { status: result.status, stdout, stderr, output: `${stdout}\n${stderr}` };
}

/** A stack trace line as Node prints it: staff must never see one. */
export const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$/m;
