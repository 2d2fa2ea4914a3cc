import { buildPracticeIndex } from '../../utils/linking/practice-index.ts';
import { matchPractices, type PracticeInput } from '../../utils/linking/match-practices.ts';
import { normalisePostcode } from '../../utils/linking/postcode.ts';
import { mergeOds } from '../../utils/ods/merge.ts';
import { readOdsFilesForCli } from './ods.ts';
import { CliError, parseArgs, readInputFile, type CliCommand } from './command.ts';

/**
 * `match --ods <ods file>... <names.tsv>`: matches one federation's practice names (one a line, optionally a
 * tab and a postcode) to ODS practices and prints `{ matches }` in input order. ODS files come after --ods
 * (repeatable) or as positional arguments: every positional but the last is an ODS file, the last is the
 * names file. Row warnings from the ODS files go to stderr.
 */
export const matchCommand: CliCommand = {
  name: 'match',
  usage: 'match --ods <ods file>... <names.tsv>',
  summary: "match a federation's practice names (one a line, optional tab + postcode) to ODS practices and PCNs",
  async run(args) {
    const { positional, options } = parseArgs(args, ['ods']);
    const namesPath = positional.at(-1);
    if (namesPath === undefined) {
      throw new CliError('match needs a names file (one practice name a line) as its last argument');
    }
    const odsPaths = [...(options.ods ?? []), ...positional.slice(0, -1)];
    if (!odsPaths.length) {
      throw new CliError(
        'match needs ODS files: --ods ePCN.xlsx --ods epraccur.csv (or list them before the names file)',
      );
    }

    const inputs = parseNames(namesPath, await readInputFile(namesPath));
    const files = await readOdsFilesForCli(odsPaths);

    const dataset = mergeOds(files);
    if (!dataset.practices.length) {
      throw new CliError('the ODS files hold no practices: give epraccur.csv or an ePCN workbook');
    }
    // `input` is the name as the file gave it; a postcode given with it is echoed beside it.
    return {
      matches: matchPractices(buildPracticeIndex(dataset), inputs).map(({ input, ...match }) => ({
        input: input.name,
        ...(input.postcode ? { postcode: input.postcode } : {}),
        ...match,
      })),
    };
  },
};

/** Lines of "name" or "name<TAB>postcode"; blank lines and lines starting with # are skipped. */
export function parseNames(path: string, bytes: Uint8Array): PracticeInput[] {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new CliError(
      `${path}: is a zip or xlsx file; the last argument must be the names file (text, one name a line)`,
    );
  }
  if (bytes.subarray(0, 1024).includes(0)) throw new CliError(`${path}: not a text file`);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const inputs: PracticeInput[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const [name = '', postcode, ...rest] = line.split('\t').map((cell) => cell.trim());
    const where = `${path} line ${i + 1}`;
    if (rest.some((cell) => cell !== '')) {
      throw new CliError(`${where}: expected a name, optionally a tab and a postcode`);
    }
    if (!name) throw new CliError(`${where}: the practice name is empty`);
    // The names file forgotten, an ODS file in its place: epraccur and ePCN rows have 11 to 27 columns.
    if ((line.match(/,/g)?.length ?? 0) >= 8) {
      throw new CliError(
        `${where}: looks like a CSV row, not a practice name; the last argument must be the names file`,
      );
    }
    if (postcode && !normalisePostcode(postcode)) throw new CliError(`${where}: "${postcode}" is not a postcode`);
    inputs.push(postcode ? { name, postcode } : { name });
  });
  if (!inputs.length) throw new CliError(`${path}: no practice names (one a line, optionally a tab and a postcode)`);
  return inputs;
}
