import { CliError, parseArgs, readInputFile, type CliCommand } from './command.ts';
import { companyPageUrl, detectCompanyPage, detectCompanyPageFromDocument } from '../../utils/companies-house/detect.ts';
import { parseCompanyPage } from '../../utils/companies-house/parse-page.ts';

/**
 * `parse <file.html> [--url <page url>]`: a saved Companies House page → its record, with the same parsers the
 * extension runs. Without --url the page is identified from the document itself.
 */
export const parseCommand: CliCommand = {
  name: 'parse',
  usage: 'parse <file.html> [--url <page url>]',
  summary: 'parse a saved Companies House page (overview, filing history, officers, PSC) into its record',
  async run(args: string[]): Promise<unknown> {
    const { positional, options } = parseArgs(args, ['url']);
    const [path, ...extra] = positional;
    if (!path || extra.length > 0) throw new CliError(`usage: ${parseCommand.usage}`);
    if ((options.url?.length ?? 0) > 1) throw new CliError('give --url once');

    const html = (await readInputFile(path)).toString('utf8');
    const { parseHTML } = await import('linkedom');
    const document = parseHTML(html).document as unknown as Document;

    let url = options.url?.[0];
    if (url !== undefined) {
      if (!detectCompanyPage(url)) {
        throw new CliError(`--url ${url}: not a Companies House company overview, filing history, officers or PSC page`);
      }
    } else {
      const inferred = detectCompanyPageFromDocument(document);
      if (!inferred) {
        throw new CliError(`${path}: not a Companies House company page (no <title data-id> or company number); give --url`);
      }
      url = companyPageUrl(inferred.companyNumber, inferred.pageType, inferred.page);
    }

    const parsed = parseCompanyPage(document, url);
    if (!parsed) throw new CliError(`${path}: the page does not match ${url} (its <title data-id> names another page)`);
    return { pageType: parsed.pageType, companyNumber: parsed.companyNumber, record: parsed.record, warnings: parsed.warnings };
  },
};
