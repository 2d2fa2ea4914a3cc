// An in-memory IndexedDB, installed before Dexie loads: commands that import into a store use the real store code.
import 'fake-indexeddb/auto';
import { CliError, type CliCommand } from './cli/command.ts';
import { accountsCommand } from './cli/accounts.ts';
import { assessCommand } from './cli/assess.ts';
import { clipCommand } from './cli/clip.ts';
import { exportInfoCommand } from './cli/export-info.ts';
import { matchCommand } from './cli/match.ts';
import { odsCommand } from './cli/ods.ts';
import { parseCommand } from './cli/parse.ts';

// Each later capability registers its command here (parse, accounts, ods, assess, clip, match).
const COMMANDS: CliCommand[] = [parseCommand, accountsCommand, assessCommand, odsCommand, clipCommand, matchCommand, exportInfoCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'ICS Scout command line: runs the extension\'s domain code on saved files and prints one JSON document.',
    '',
    'Usage: npm run cli -- <command> [args]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new CliError(`unknown command "${name}" (see --help)`);
  const result = await command.run(args);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // One line, no stack: the user needs to know what to fix, not where the code was.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ics-scout: ${message.split('\n')[0]}\n`);
    process.exitCode = error instanceof CliError ? 2 : 1;
  },
);
