import { z } from 'zod';
import { COMPANIES_HOUSE_ORIGIN, CompanyNumber, ParsedPage } from '../companies-house/records';
import type { SavePageResult } from '../capture/save-page';
import type { ImportSummary } from '../db/transfer';
import type { OdsSummary } from '../ods/merge';

/**
 * Every call the background answers: name → who may send it → params (validated on receipt) → result.
 * The background is the only writer of the store, so this map is the whole write surface.
 */

/** Who may send a call: the extension's own pages, or a content script on one site. */
export type SenderRule = { kind: 'extension-page' } | { kind: 'site'; origin: string; urlParam: (params: never) => string };

interface ApiEntry<P extends z.ZodType, R> {
  from: SenderRule;
  params: P;
  /** Phantom: the result type, checked at compile time only. */
  result?: R;
}

function call<P extends z.ZodType, R>(entry: ApiEntry<P, R>): ApiEntry<P, R> {
  return entry;
}

const OdsFilesParams = z.object({
  files: z.array(z.object({ fileName: z.string().min(1).max(260), base64: z.string() })).min(1, 'choose at least one file').max(10),
});

const ClipText = z.string().trim().min(1).max(500);
const ClipsSaveParams = z.object({
  url: z.string().url().refine((u) => /^https?:/.test(u), 'only web pages can be clipped'),
  companyNumber: CompanyNumber,
  lists: z
    .array(
      z.object({
        kind: z.enum(['services', 'services-in-development', 'practices', 'pcns', 'people', 'other']),
        heading: z.string().max(300).nullable(),
        items: z.array(ClipText).min(1, 'a list needs at least one item').max(500),
        groups: z.array(z.string().max(300).nullable()).max(500).optional(),
      }),
    )
    .min(1, 'choose at least one list to save'),
});
const LinkSetParams = z.object({ companyNumber: CompanyNumber, pcnCode: z.string().regex(/^U\d{5}$/, 'expected a PCN code'), status: z.enum(['confirmed', 'rejected']) });

const BadgeParams = z.object({
  tabId: z.number().int().nonnegative(),
  url: z.string().max(4000).refine((u) => /^https?:\/\//.test(u), 'expected a web page address'),
});

const EntityRef = { entityKind: z.enum(['company', 'pcn', 'practice', 'person', 'sub-icb', 'icb']), entityId: z.string().min(1).max(100) };
const PersonParams = z.object({
  name: z.string().trim().min(3, 'give the person\'s name').max(200),
  title: z.string().trim().max(200).nullable(),
  entityKind: z.enum(['company', 'pcn', 'practice', 'website']),
  entityId: z.string().min(1).max(200),
});
const NoteParams = z.object({ ...EntityRef, text: z.string().trim().min(1, 'a note needs some text').max(5000) });
const TagParams = z.object({ ...EntityRef, tag: z.string().trim().min(1).max(40), present: z.boolean() });

export const BACKGROUND_API = {
  /** A content script on Companies House sends what the page shows. */
  'capture.page': call<z.ZodObject<{ page: typeof ParsedPage }>, SavePageResult>({
    from: { kind: 'site', origin: COMPANIES_HOUSE_ORIGIN, urlParam: (params: { page: ParsedPage }) => params.page.url },
    params: z.object({ page: ParsedPage }),
  }),
  /** Fetch and store every tab and page of a company; answers at once, progress is in captureJobs. */
  'capture.all': call<z.ZodObject<{ companyNumber: typeof CompanyNumber }>, { started: boolean }>({
    from: { kind: 'extension-page' },
    params: z.object({ companyNumber: CompanyNumber }),
  }),
  /** Import NHS ODS files (ePCN xlsx or zip, ODS CSV reports, epraccur.csv), their bytes as base64, all or none. */
  'ods.importFiles': call<typeof OdsFilesParams, OdsSummary>({
    from: { kind: 'extension-page' },
    params: OdsFilesParams,
  }),
  /** Download the current PCN, membership and practice reports from NHS ODS and import them. */
  'ods.download': call<z.ZodObject<Record<string, never>>, OdsSummary>({
    from: { kind: 'extension-page' },
    params: z.object({}),
  }),
  /** Store lists clipped from a federation's website (plain text) and refresh its suggested PCN links. */
  'clips.save': call<typeof ClipsSaveParams, { saved: number; links: number }>({
    from: { kind: 'extension-page' },
    params: ClipsSaveParams,
  }),
  /** The user confirms or rejects a federation↔PCN link, or adds one (confirmed) found by search. */
  'links.set': call<typeof LinkSetParams, { status: 'confirmed' | 'rejected' }>({
    from: { kind: 'extension-page' },
    params: LinkSetParams,
  }),
  /**
   * The popup, opened on a tab, brings that tab's toolbar badge up to date: the background cannot see the
   * address of a tab on a federation's website by itself (no host permission there), the popup can.
   */
  'badge.refresh': call<typeof BadgeParams, { shown: boolean }>({
    from: { kind: 'extension-page' },
    params: BadgeParams,
  }),
  /** Save the readiness criteria (validated; invalid fields are refused with the reason) or reset them. */
  'settings.saveCriteria': call<z.ZodObject<{ criteria: z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>> }>, { saved: boolean; errors: string[] }>({
    from: { kind: 'extension-page' },
    params: z.object({ criteria: z.record(z.string(), z.unknown()).nullable() }),
  }),
  /** A note on any entity, for calls. */
  'notes.add': call<typeof NoteParams, { id: string }>({ from: { kind: 'extension-page' }, params: NoteParams }),
  /** Adds (present) or removes a tag on any entity. */
  'tags.set': call<typeof TagParams, { present: boolean }>({ from: { kind: 'extension-page' }, params: TagParams }),
  /** Records a person in a role (a PCN's clinical director, say), merged with anyone of the same name. */
  'people.add': call<typeof PersonParams, { id: string }>({ from: { kind: 'extension-page' }, params: PersonParams }),
  /** Replace the whole store with an export file's contents (all or nothing). */
  'data.import': call<z.ZodObject<{ text: z.ZodString }>, ImportSummary>({
    from: { kind: 'extension-page' },
    params: z.object({ text: z.string() }),
  }),
  /** Delete everything. The page asks the user first; `confirm` makes an accidental call impossible. */
  'data.deleteAll': call<z.ZodObject<{ confirm: z.ZodLiteral<'delete-all-data'> }>, { deletedRows: number }>({
    from: { kind: 'extension-page' },
    params: z.object({ confirm: z.literal('delete-all-data') }),
  }),
} as const;

export type ApiName = keyof typeof BACKGROUND_API;
export type ApiParams<N extends ApiName> = z.infer<(typeof BACKGROUND_API)[N]['params']>;
export type ApiResult<N extends ApiName> = NonNullable<(typeof BACKGROUND_API)[N]['result']>;

/** The envelope every message travels in. */
export const ApiRequest = z.object({ api: z.string(), params: z.unknown() });

export type ApiResponse<R = unknown> =
  | { ok: true; result: R }
  | { ok: false; code: 'invalid-message' | 'forbidden-sender' | 'failed'; error: string };
