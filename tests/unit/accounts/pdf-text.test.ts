import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { incomeLinesFromText, readPdfAccountsText, readPdfTextLines, type PdfTextLine } from '../../../utils/accounts/pdf-text';
import { PdfAccountsText } from '../../../utils/accounts/records';

const FIXTURES = path.resolve(__dirname, '../../fixtures/accounts');
const pdf = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const onPage = (page: number, ...texts: string[]): PdfTextLine[] => texts.map((text) => ({ page, text }));

describe('incomeLinesFromText', () => {
  it('reads a turnover line under a two-year header, dropping the note number', () => {
    const result = incomeLinesFromText(onPage(1, 'Profit and loss account', 'Notes 2025 2024', '£ £', 'Turnover 3 1,234,567 987,654', 'Cost of sales (456,789) (400,000)'));
    expect(result).toEqual({
      machineReadable: true,
      incomeLines: [{ label: 'turnover', text: 'Turnover 3 1,234,567 987,654', page: 1, figures: [{ year: 2025, amount: 1234567 }, { year: 2024, amount: 987654 }] }],
      warnings: [],
    });
  });

  it.each([
    ['Income 52,000 48,500', 'income'],
    ['Total income 52,000 48,500', 'total income'],
    ['Revenue (note 4) 52,000 48,500', 'revenue'],
    ['TURNOVER: 52,000 48,500', 'turnover'],
  ])('recognises "%s"', (line, label) => {
    const result = incomeLinesFromText(onPage(1, 'Year to 31 March 2025 31 March 2024', line));
    expect(result).toMatchObject({ incomeLines: [{ label, figures: [{ year: 2025, amount: 52000 }, { year: 2024, amount: 48500 }] }] });
  });

  it('leaves other incomes and narrative alone', () => {
    const result = incomeLinesFromText(onPage(1, '2025 2024', 'Other operating income 12,000 -', 'Interest receivable and similar income 1,020 880',
      'Income tax on profit (2,000) (1,500)', 'Turnover increased to 1.2 million pounds this year.'));
    expect(result).toEqual({ machineReadable: true, incomeLines: [], warnings: ['no turnover or income line found in the text'] });
  });

  it('reads brackets as negative and a dash as nil', () => {
    const result = incomeLinesFromText(onPage(2, '2025 2024', 'Turnover (1,000) -'));
    expect(result).toMatchObject({ incomeLines: [{ figures: [{ year: 2025, amount: -1000 }, { year: 2024, amount: 0 }] }] });
  });

  it('leaves years unknown when no header on the page has as many years as the line has amounts', () => {
    const result = incomeLinesFromText([...onPage(1, 'Notes 2025 2024'), ...onPage(2, 'Turnover 1,234,567 987,654', 'Revenue 5,000')]);
    expect(result).toMatchObject({
      incomeLines: [
        { page: 2, figures: [{ year: null, amount: 1234567 }, { year: null, amount: 987654 }] },
        { page: 2, figures: [{ year: null, amount: 5000 }] },
      ],
    });
    if (!result.machineReadable) throw new Error('expected text');
    expect(result.warnings).toHaveLength(2);
  });

  it('says a document with no text is not machine-readable', () => {
    expect(incomeLinesFromText([])).toEqual({ machineReadable: false, warnings: ['no text layer: a scanned document, figures need reading by eye'] });
    expect(incomeLinesFromText(onPage(1, '12/3'))).toMatchObject({ machineReadable: false });
  });
});

describe('PDF files (pdf.js)', () => {
  it('extracts text lines from a PDF with a text layer', async () => {
    const lines = await readPdfTextLines(pdf('income-two-years.pdf'));
    expect(lines).toContainEqual({ page: 2, text: 'Notes 2025 2024' });
    expect(lines).toContainEqual({ page: 2, text: 'Turnover 3 1,234,567 987,654' });
  });

  it('reads turnover with its years from the text layer', async () => {
    const result = PdfAccountsText.parse(await readPdfAccountsText(pdf('income-two-years.pdf')));
    expect(result).toEqual({
      machineReadable: true,
      incomeLines: [{ label: 'turnover', text: 'Turnover 3 1,234,567 987,654', page: 2, figures: [{ year: 2025, amount: 1234567 }, { year: 2024, amount: 987654 }] }],
      warnings: [],
    });
  });

  it('says a scanned PDF (an image, no text) is not machine-readable', async () => {
    expect(await readPdfAccountsText(pdf('scanned-no-text.pdf'))).toMatchObject({ machineReadable: false });
  });

  it('rejects bytes that are not a PDF', async () => {
    await expect(readPdfAccountsText(new TextEncoder().encode('not a pdf'))).rejects.toThrow();
  });
});
