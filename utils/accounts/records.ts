import { z } from 'zod';
import { IsoDate } from '../companies-house/records';
import { ACCOUNTS_REGIMES } from './ixbrl-concepts';

/**
 * What the accounts readers produce. `null` always means "not disclosed" (micro-entity and filleted accounts
 * file no profit and loss account): a figure is never 0 unless the accounts say 0.
 */

export const AccountsRegime = z.enum(ACCOUNTS_REGIMES);
export type AccountsRegime = z.infer<typeof AccountsRegime>;

export const AccountsPeriod = z.object({
  /** null when the period is known only from a balance sheet date (usually the prior year). */
  start: IsoDate.nullable(),
  end: IsoDate,
  turnover: z.number().nullable(),
  profitLoss: z.number().nullable(),
  netAssets: z.number().nullable(),
  employees: z.number().nullable(),
});
export type AccountsPeriod = z.infer<typeof AccountsPeriod>;

export const AccountsExtract = z.object({
  /** Newest first. */
  periods: z.array(AccountsPeriod),
  dormant: z.boolean().nullable(),
  regime: AccountsRegime.nullable(),
  /** ISO 4217 code of the monetary figures. */
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  companyNumber: z.string().nullable(),
  companyName: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type AccountsExtract = z.infer<typeof AccountsExtract>;

export const IncomeFigure = z.object({
  /** The column's year from the table header; null when no header with as many years was found. */
  year: z.number().int().nullable(),
  amount: z.number(),
});

export const IncomeLine = z.object({
  /** "turnover", "revenue", "income", "total income"… as written, lower-cased. */
  label: z.string(),
  /** The line as read from the PDF. */
  text: z.string(),
  page: z.number().int().positive().nullable(),
  figures: z.array(IncomeFigure),
});
export type IncomeLine = z.infer<typeof IncomeLine>;

/** Figures read from the text layer of a PDF of accounts. A scanned PDF has no text: machineReadable false. */
export const PdfAccountsText = z.discriminatedUnion('machineReadable', [
  z.object({ machineReadable: z.literal(true), incomeLines: z.array(IncomeLine), warnings: z.array(z.string()) }),
  z.object({ machineReadable: z.literal(false), warnings: z.array(z.string()) }),
]);
export type PdfAccountsText = z.infer<typeof PdfAccountsText>;
