import { ApiRequest, BACKGROUND_API, type ApiName, type ApiParams, type ApiResponse, type ApiResult, type SenderRule } from './api';

/** What the background knows about a message's sender (a subset of runtime.MessageSender). */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type ApiHandlers = { [N in ApiName]: (params: ApiParams<N>, sender: MessageSender) => Promise<ApiResult<N>> };

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Why the sender may not make this call, or null when it may. */
function senderProblem(rule: SenderRule, params: unknown, sender: MessageSender, extension: { id: string; baseUrl: string }): string | null {
  if (sender.id !== extension.id) return 'message from another extension';
  if (rule.kind === 'extension-page') {
    // Compared as a prefix: URL.origin is "null" for chrome-extension:// URLs outside Chromium.
    return sender.url?.startsWith(extension.baseUrl) ? null : 'only the extension\'s own pages may make this call';
  }
  const claimed = originOf((rule.urlParam as (p: unknown) => string)(params));
  if (claimed !== rule.origin) return `the page must be on ${rule.origin}, not ${claimed ?? 'an unknown site'}`;
  const actual = originOf(sender.tab?.url ?? sender.url);
  if (actual !== rule.origin) return `the message claims to come from ${rule.origin} but was sent from ${actual ?? 'an unknown page'}`;
  return null;
}

/**
 * Validates every message at the boundary (envelope, params, sender) before any handler runs, so a
 * rejected message writes nothing. Errors come back as plain words, never as thrown exceptions.
 */
export function createApiRouter(handlers: ApiHandlers, extension: { id: string; baseUrl: string }) {
  return async function route(message: unknown, sender: MessageSender): Promise<ApiResponse> {
    const request = ApiRequest.safeParse(message);
    if (!request.success) return { ok: false, code: 'invalid-message', error: 'not an ICS Scout message' };
    const name = request.data.api;
    if (!Object.hasOwn(BACKGROUND_API, name)) return { ok: false, code: 'invalid-message', error: `unknown call "${name}"` };
    const entry = BACKGROUND_API[name as ApiName];
    const params = entry.params.safeParse(request.data.params);
    if (!params.success) {
      const issue = params.error.issues[0]!;
      const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
      return { ok: false, code: 'invalid-message', error: `${name}: invalid params${where}: ${issue.message}` };
    }
    const problem = senderProblem(entry.from, params.data, sender, extension);
    if (problem) return { ok: false, code: 'forbidden-sender', error: `${name}: rejected: ${problem}` };
    try {
      const handler = handlers[name as ApiName] as (p: unknown, s: MessageSender) => Promise<unknown>;
      return { ok: true, result: await handler(params.data, sender) };
    } catch (error) {
      return { ok: false, code: 'failed', error: `${name}: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}
