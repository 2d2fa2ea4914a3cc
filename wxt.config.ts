import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

// The only sites the extension reads on its own. Everything else (federation websites) is reached
// through activeTab on a user gesture, so the manifest never asks for broad host access.
const COMPANIES_HOUSE = 'https://find-and-update.company-information.service.gov.uk/*';
// NHS ODS Data Search and Export reports (PCNs, memberships, practices): that path only.
const ODS_REPORTS = 'https://www.odsdatasearchandexport.nhs.uk/api/getReport*';
// Companies House's document store, where accounts documents redirect to: that bucket's path only.
const DOCUMENT_STORE = 'https://s3.eu-west-2.amazonaws.com/document-api-images-live.ch.gov.uk/*';

export default defineConfig({
  // Explicit imports everywhere: the domain code also runs in Node (CLI, tests) without WXT's globals.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: ({ browser }) => ({
    name: 'ICS Scout',
    description:
      'Research assistant for finding business-ready GP federations and PCNs: captures Companies House records, NHS ODS data and federation websites into a local store.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'alarms',
      // Clipping a federation website: injected into the active tab on the user's click only.
      'scripting',
      // Chrome's service worker has no DOM: fetched pages are parsed in an offscreen document.
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    commands: {
      'capture-all': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Capture every tab and page of the company on this tab',
      },
      // Lookups during a call: Firefox opens its sidebar itself; Chrome's side panel is opened by the background.
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Open ICS Scout lookups' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Open ICS Scout lookups in the side panel' } }),
    },
    host_permissions: [COMPANIES_HOUSE, ODS_REPORTS, DOCUMENT_STORE],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ics-scout@ics-scout.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
