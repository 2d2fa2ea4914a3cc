import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';

// The only sites the extension reads on its own. Everything else (federation websites) is reached
// through activeTab on a user gesture, so the manifest never asks for broad host access.
const COMPANIES_HOUSE = 'https://find-and-update.company-information.service.gov.uk/*';
// NHS ODS Data Search and Export reports (PCNs, memberships, practices): that path only.
const ODS_REPORTS = 'https://www.odsdatasearchandexport.nhs.uk/api/getReport*';
// Companies House's document store, where accounts documents redirect to: that bucket's path only.
const DOCUMENT_STORE = 'https://s3.eu-west-2.amazonaws.com/document-api-images-live.ch.gov.uk/*';

/**
 * The popup in few files. Every file an extension page loads costs several milliseconds before it can run
 * (measured: four tiny extra modules add about 30 ms on a 2-core machine), and the popup opens on every
 * click. So everything the popup's app imports (React, Dexie, components, the verdict) goes into one "ui"
 * chunk, beside the popup's own few-line entry and the bundler's small runtime chunk (Rolldown keeps that
 * apart while other chunks use it too); the other pages import from "ui" in turn (the offscreen parser
 * page too: it loads once per worker, unseen, where the popup is waited for). No entry module is in "ui",
 * so loading it renders nothing. Only the pages' ES build splits code; content and unlisted scripts are
 * single IIFE files.
 */
function sharedUiChunk(): Plugin {
  // The popup's app and first read with all they import, React's DOM renderer, WXT's per-page virtual module.
  const ui = /entrypoints[\\/]popup[\\/]PopupApp|components[\\/]render-page|utils[\\/]popup[\\/]|react-dom|wxt-html-plugins/;
  return {
    name: 'ics-scout:shared-ui-chunk',
    outputOptions(output) {
      if (output.format !== 'es') return null;
      return { ...output, codeSplitting: { groups: [{ name: 'ui', test: (id: string) => ui.test(id) }] } };
    },
  };
}

/**
 * The built popup.html, shaped for its first frame:
 * - its stylesheet inline: one file fewer to load on every click (measured side by side: 5 to 10 ms
 *   sooner to first paint on a 2-core machine). The other pages keep linking the shared file;
 * - its bundle preloaded, not run: `<script type="module">` becomes `<link rel="modulepreload"
 *   data-popup-bundle>`, so the bundle is fetched and compiled alongside the first read, and the first-read
 *   script starts it once the verdict is on screen (utils/popup/start-bundle.ts). Evaluating React and
 *   Dexie first would hold that frame back (measured side by side: 10 ms on an idle 2-core machine, 26 ms
 *   on a loaded one).
 */
function popupPage(): Plugin {
  return {
    name: 'ics-scout:popup-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle || !/entrypoints[\\/]popup[\\/]index\.html$/.test(context.filename)) return html;
        const inlined = html.replace(/<link rel="stylesheet"[^>]*\bhref="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : tag;
        });
        const entry = /<script type="module"([^>]*)\bsrc="([^"]+)"([^>]*)><\/script>/;
        if (!entry.test(inlined)) throw new Error('popup.html: the bundle\'s <script type="module"> was not found; the first-read script would have nothing to start');
        return inlined.replace(entry, (_tag, before: string, src: string, after: string) => `<link rel="modulepreload"${before}href="${src}"${after} data-popup-bundle>`);
      },
    },
  };
}

export default defineConfig({
  // Explicit imports everywhere: the domain code also runs in Node (CLI, tests) without WXT's globals.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [tailwindcss(), sharedUiChunk(), popupPage()],
    // Both browsers preload modules natively: no polyfill script on every page.
    build: { modulePreload: { polyfill: false } },
  }),
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
