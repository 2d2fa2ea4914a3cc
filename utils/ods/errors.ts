/**
 * A file that cannot be imported, with one plain-words reason the user can act on. The message starts with
 * the file name ("epraccur.csv line 12: expected 27 columns, found 5"; "epcn.zip: the zip file is truncated
 * or corrupt").
 */
export class OdsImportError extends Error {
  override name = 'OdsImportError';
  constructor(
    readonly fileName: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${fileName}${line === undefined ? '' : ` line ${line}`}: ${reason}`);
  }
}

/** A value in one row that cannot be read: the row is skipped and the reason becomes a warning. */
export class RowProblem extends Error {}

/** Warnings kept per file; the rest are counted in a last line. */
export const MAX_WARNINGS = 50;

export class WarningLog {
  readonly lines: string[] = [];
  private dropped = 0;

  add(line: string): void {
    if (this.lines.length < MAX_WARNINGS) this.lines.push(line);
    else this.dropped++;
  }

  list(): string[] {
    return this.dropped ? [...this.lines, `… and ${this.dropped} more warnings`] : [...this.lines];
  }
}
