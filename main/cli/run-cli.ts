import { type CliIo, UsageError } from './cli-io';
import { corpusCommand } from './commands/corpus-command';
import { queryCommands } from './commands/query-commands';
import { reportCommands } from './commands/report-commands';
import { searchCommand } from './commands/search-command';
import { compareCommand } from './commands/compare-command';
import { importCommand } from './commands/import-command';

const USAGE = `usage: palermo <command> [options] [--json]

  jurisdictions                      the states in the corpus
  elements                           the Protocol element taxonomy
  coverage --country ISO3            one status per element, with provisions and rationale
  provisions --country ISO3          the state's provisions
  provision KEY                      one provision (e.g. GTM/cp/202-ter)
  report --country ISO3 --format pdf|docx|md|csv --out FILE [--lang es]
                                     a briefing (also --element ID or --group ID)
  matrix --csv | --svg [--out FILE]  the coverage matrix
  search "QUERY" [--lang es] [--country ISO3]
                                     full-text search (lunr syntax: field:, ~, +, -, *)
  compare KEY_A[@DATE] KEY_B[@DATE]  redline and substance diff of two provisions
  import FILE --country ISO3 [--instrument KEY] [--dry-run]
                                     official text into your database, article by article
  corpus check                       validate the corpus files
  corpus build [--if-stale]          build the read-only corpus database
`;

type Command = (args: string[], io: CliIo) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  corpus: corpusCommand,
  ...queryCommands,
  ...reportCommands,
  search: searchCommand,
  compare: compareCommand,
  import: importCommand,
};

/** Runs one CLI invocation; returns the exit code (0 ok, 1 failure, 2 usage or unknown name). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"; run \`palermo --help\``);
    return await command(args, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`palermo: ${(e as Error).message.split('\n')[0]}\n`);
      return 2;
    }
    io.stderr(`palermo: ${(e as Error).message}\n`);
    return 1;
  }
}
