import { CliError, parseArgs, readInputFile, type CliCommand } from './command.ts';
import { detectClipLists } from '../../utils/federation/detect-lists.ts';

/**
 * `clip <file.html> [--url <page url>]`: a saved federation web page → the lists the extension would offer to
 * clip (services, services in development, practices with their PCN, PCNs, people) and the headline counts the
 * page states, with the same detector the content script runs.
 */
export const clipCommand: CliCommand = {
  name: 'clip',
  usage: 'clip <file.html> [--url <page url>]',
  summary: 'detect the clippable lists (services, practices, PCNs, people) and headline counts on a saved federation web page',
  async run(args: string[]): Promise<unknown> {
    const { positional, options } = parseArgs(args, ['url']);
    const [path, ...extra] = positional;
    if (!path || extra.length > 0) throw new CliError(`usage: ${clipCommand.usage}`);
    if ((options.url?.length ?? 0) > 1) throw new CliError('give --url once');

    const url = options.url?.[0] ?? (await fileUrl(path));
    if (!URL.canParse(url)) throw new CliError(`--url ${url}: not a URL`);

    const bytes = await readInputFile(path);
    if (bytes.includes(0)) throw new CliError(`${path}: not an HTML page (binary file)`);
    const html = bytes.toString('utf8');
    if (!/<[a-z!][^>]*>/i.test(html)) throw new CliError(`${path}: not an HTML page (no tags)`);

    const { parseHTML } = await import('linkedom');
    // linkedom builds a document only around a whole page; a saved fragment gets the <html><body> it lacks.
    const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
    const document = parseHTML(page).document as unknown as Document;

    const { lists, counts, warnings } = detectClipLists(document, url);
    return { lists, counts, warnings };
  },
};

async function fileUrl(path: string): Promise<string> {
  const { pathToFileURL } = await import('node:url');
  return pathToFileURL(path).href;
}
