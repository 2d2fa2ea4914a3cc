import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { IncomeLine, PdfAccountsText } from './records';

/**
 * Turnover and income lines from accounts filed as PDF. Two parts: `readPdfTextLines` gets the text layer with
 * pdf.js; `incomeLinesFromText` is a pure function over those lines, testable without PDFs. A scanned filing
 * has no text layer and gives `{ machineReadable: false }`; no figure is ever guessed from layout alone.
 */

export interface PdfTextLine {
  page: number;
  text: string;
}

type Pdfjs = typeof PdfjsModule;

/**
 * pdf.js 6 calls Promise.withResolvers (Chrome 119, Firefox 121, Node 22). Node 20 lacks it, so the CLI and
 * tests would fail without this standard polyfill; where the method exists it is left alone.
 */
function ensurePromiseWithResolvers(): void {
  const promise = Promise as unknown as { withResolvers?: unknown };
  if (typeof promise.withResolvers === 'function') return;
  promise.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const created = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise: created, resolve, reject };
  };
}

/**
 * Loads pdf.js to parse on the calling thread: importing the worker module registers it globally, so no
 * worker URL has to be configured (Node, tests, an offscreen document alike).
 */
export async function loadPdfjs(): Promise<Pdfjs> {
  ensurePromiseWithResolvers();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // @ts-expect-error pdfjs-dist ships no type declarations for its worker module
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return pdfjs;
}

interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text runs on one baseline (within a third of the font height) make one line, read left to right. */
function assembleLines(items: PositionedText[], page: number): PdfTextLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PositionedText[][] = [];
  for (const item of sorted) {
    const current = rows[rows.length - 1];
    const tolerance = Math.max(1, (item.height || 10) / 3);
    if (current && Math.abs(current[0]!.y - item.y) <= tolerance) current.push(item);
    else rows.push([item]);
  }
  return rows
    .map((row) => {
      row.sort((a, b) => a.x - b.x);
      let text = '';
      let previousEnd: number | null = null;
      for (const item of row) {
        // Runs that touch belong to one word; a gap is a space (or a column break).
        const gap = previousEnd === null ? 0 : item.x - previousEnd;
        if (text && gap > (item.height || 10) * 0.15) text += ' ';
        text += item.text;
        previousEnd = item.x + item.width;
      }
      return { page, text: text.replace(/\s+/g, ' ').trim() };
    })
    .filter((line) => line.text.length > 0);
}

/** The text layer, one entry per visual line. Rejects when the bytes are not a PDF pdf.js can open. */
export async function readPdfTextLines(data: Uint8Array, pdfjs?: Pdfjs): Promise<PdfTextLine[]> {
  const lib = pdfjs ?? (await loadPdfjs());
  // pdf.js may take over the buffer it is given: give it a copy.
  const task = lib.getDocument({ data: data.slice(), disableFontFace: true, verbosity: 0 });
  try {
    const doc = await task.promise;
    const lines: PdfTextLine[] = [];
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      const page = await doc.getPage(pageNumber);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        items.push({
          text: item.str,
          x: item.transform[4] ?? 0,
          y: item.transform[5] ?? 0,
          width: item.width,
          height: item.height,
        });
      }
      lines.push(...assembleLines(items, pageNumber));
      page.cleanup();
    }
    return lines;
  } finally {
    await task.destroy();
  }
}

/** Reads a PDF of accounts to its income lines. Rejects only when the bytes are not a readable PDF. */
export async function readPdfAccountsText(data: Uint8Array, pdfjs?: Pdfjs): Promise<PdfAccountsText> {
  return incomeLinesFromText(await readPdfTextLines(data, pdfjs));
}

/** Fewer visible characters than this in the whole document: a scan (perhaps with a stamped reference). */
const MIN_TEXT_CHARACTERS = 20;

const YEAR = /^(19|20)\d{2}$/;
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i;
const DAY = /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/i;
const AMOUNT = /^\(?[£$€]?-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\)?$/;
const NIL = /^[-\u2010-\u2015\u2212]$/;

/**
 * Labels read as income, after lower-casing and dropping a "(note 3)" or trailing colon. Deliberately narrow:
 * "Other operating income", "Interest receivable and similar income", "Income tax" are not the income asked for.
 */
const INCOME_LABEL = /^(total |group )?(turnover|revenue|income)$/;

/** The years of a column header line ("Notes 2025 2024", "31 March 2025 31 March 2024"); null if it is not one. */
function headerYears(tokens: string[]): number[] | null {
  const years: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (YEAR.test(token)) years.push(Number(token));
    else if (/\d/.test(token) && !(DAY.test(token) && MONTH.test(tokens[i + 1] ?? ''))) return null;
  }
  return years.length > 0 ? years : null;
}

function readAmount(token: string): number | null {
  if (NIL.test(token)) return 0;
  if (!AMOUNT.test(token)) return null;
  const negative = token.startsWith('(') && token.endsWith(')');
  // "4)" closes "(note 4)": half a bracket is not a negative amount.
  if (!negative && (token.startsWith('(') || token.endsWith(')'))) return null;
  const value = Number(token.replace(/[()£$€,]/g, ''));
  if (!Number.isFinite(value)) return null;
  return negative && value !== 0 ? -Math.abs(value) : value;
}

/** Splits "Turnover 3 1,234,567 987,654" into the label and the amounts after it, dropping a note number. */
function labelAndAmounts(tokens: string[]): { label: string; amounts: number[] } | null {
  let firstAmount = tokens.length;
  while (firstAmount > 0 && readAmount(tokens[firstAmount - 1]!) !== null) firstAmount--;
  if (firstAmount === 0 || firstAmount === tokens.length) return null;
  const amountTokens = tokens.slice(firstAmount);
  // A bare one- or two-digit number before other amounts is the note column, not a figure.
  if (amountTokens.length > 1 && /^\d{1,2}$/.test(amountTokens[0]!)) amountTokens.shift();
  const label = tokens
    .slice(0, firstAmount)
    .join(' ')
    .toLowerCase()
    .replace(/\(\s*notes?\s*[\d.]*\s*\)/g, '')
    .replace(/\bnotes?\s*[\d.]+$/, '')
    .replace(/[:\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { label, amounts: amountTokens.map((t) => readAmount(t)!) };
}

/**
 * Turnover / income lines with their years, from text lines in reading order. A figure's year comes from the
 * nearest column header above it on the same page with exactly as many years as the line has amounts;
 * otherwise the year is left null and a warning says so.
 */
export function incomeLinesFromText(lines: readonly PdfTextLine[]): PdfAccountsText {
  const characters = lines.reduce((sum, line) => sum + line.text.replace(/\s+/g, '').length, 0);
  if (characters < MIN_TEXT_CHARACTERS) {
    return { machineReadable: false, warnings: ['no text layer: a scanned document, figures need reading by eye'] };
  }

  const warnings: string[] = [];
  const incomeLines: IncomeLine[] = [];
  let page: number | null = null;
  let header: number[] | null = null;
  for (const line of lines) {
    if (line.page !== page) {
      page = line.page;
      header = null;
    }
    const tokens = line.text.split(/\s+/).filter(Boolean);
    const years = headerYears(tokens);
    if (years) {
      header = years;
      continue;
    }
    const parsed = labelAndAmounts(tokens);
    if (!parsed || !INCOME_LABEL.test(parsed.label)) continue;
    const matched = header !== null && header.length === parsed.amounts.length;
    if (!matched) {
      warnings.push(`page ${line.page}: "${line.text}": no column header with ${parsed.amounts.length} year(s) above it; years unknown`);
    }
    incomeLines.push({
      label: parsed.label,
      text: line.text,
      page: line.page,
      figures: parsed.amounts.map((amount, i) => ({ year: matched ? header![i]! : null, amount })),
    });
  }
  if (incomeLines.length === 0) warnings.push('no turnover or income line found in the text');
  return { machineReadable: true, incomeLines, warnings };
}
