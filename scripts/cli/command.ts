/** One CLI command: reads saved files, returns one JSON-serialisable document. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run(args: string[]): Promise<unknown>;
}

/** Bad input the user can fix: printed as one line on stderr, exit code 2, no stack trace. */
export class CliError extends Error {}

/** Splits `--flag value` options from positional arguments; unknown flags are errors. */
export function parseArgs(
  args: string[],
  flags: readonly string[],
): { positional: string[]; options: Record<string, string[]> } {
  const positional: string[] = [];
  const options: Record<string, string[]> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (!flags.includes(name)) throw new CliError(`unknown option ${arg}`);
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new CliError(`option ${arg} needs a value`);
      (options[name] ??= []).push(value);
      i++;
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

/** Reads an input file, turning "no such file" and friends into a one-line CliError. */
export async function readInputFile(path: string): Promise<Buffer> {
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${path}: is a folder, expected a file`);
    throw new CliError(`${path}: cannot read (${code ?? 'unknown error'})`);
  }
}
