import { launchExtension } from '../e2e/support/extension';
import { sampleExport } from '../support/sample-store';
import type { Metrics } from './metrics';
import { COMPARISON_PAGES, timePopup } from './popup-timing';

/**
 * Popup open → the company card on screen, with a populated store: from navigation start to the first
 * paint of the company's name (Element Timing).
 */
export async function measurePopup(): Promise<Metrics> {
  const ext = await launchExtension({ extraFiles: COMPARISON_PAGES });
  try {
    const options = await ext.openPage('options.html');
    const response = await options.evaluate(
      (text) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ api: 'data.import', params: { text } }),
      JSON.stringify(sampleExport(200)),
    );
    if (!(response as { ok: boolean }).ok) throw new Error(`could not populate the store: ${JSON.stringify(response)}`);
    const url = encodeURIComponent('https://find-and-update.company-information.service.gov.uk/company/09876642');
    const { median, ...detail } = await timePopup(ext, `?url=${url}`, 'ics-scout:company', {
      runs: 15,
      check: async (popup) => {
        if (!(await popup.getByTestId('company-card').isVisible())) throw new Error('popup did not show the company');
      },
    });
    return { 'popup.first_render_ms': { value: median, unit: 'ms', budget: 150, store: '200 companies', ...detail } };
  } finally {
    await ext.close();
  }
}
