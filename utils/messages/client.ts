import { browser } from 'wxt/browser';
import type { ApiName, ApiParams, ApiResponse, ApiResult } from './api';

export class BackgroundCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Calls the background as if it were a local async function; its error arrives as a thrown Error. */
export async function callBackground<N extends ApiName>(api: N, params: ApiParams<N>): Promise<ApiResult<N>> {
  const response = (await browser.runtime.sendMessage({ api, params })) as ApiResponse<ApiResult<N>> | undefined;
  if (!response) throw new BackgroundCallError(`${api}: the background did not answer`, 'failed');
  if (!response.ok) throw new BackgroundCallError(response.error, response.code);
  return response.result;
}
