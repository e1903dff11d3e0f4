/** Small helpers shared by the staff command-line tools: argument parsing and friendly failures. */

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/** Reads `--name value`, `--name=value` and bare `--flag` options; everything else is positional. */
export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) options.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) {
      options.set(name, next);
      i++;
    } else options.set(name, true);
  }
  return { positional, options };
}

/** A failure a staff member can act on: printed without a stack trace, exit code 1. */
export class UserError extends Error {}

/** Runs a CLI's main function, turning UserErrors into a plain message and exit code 1. */
export function runCli(main: () => Promise<void> | void): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof UserError) {
        console.error(`✖ ${error.message}`);
      } else {
        console.error('✖ 意外错误 / unexpected error:', error instanceof Error ? error.message : error);
      }
      process.exitCode = 1;
    });
}
