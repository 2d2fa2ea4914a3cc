import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, POPUP_BUNDLE_ATTRIBUTE, startPopupBundle } from '../../../utils/popup/start-bundle';

afterEach(() => {
  document.head.replaceChildren();
  vi.useRealTimers();
});

describe("starting the popup's bundle from the first-read script", () => {
  it('does nothing on a page that runs its bundle itself (no preload link: a dev build)', () => {
    document.head.innerHTML = '<link rel="modulepreload" href="/chunks/ui.js">';
    expect(startPopupBundle(document)).toBe(false);
  });

  it('imports the preloaded bundle once, however often it is asked', async () => {
    // A data: module stands in for the bundle: importing it sets a flag.
    const flag = '__startBundleTest';
    const scope = globalThis as Record<string, unknown>;
    const bundle = `data:text/javascript,${encodeURIComponent(`globalThis.${flag} = (globalThis.${flag} ?? 0) + 1;`)}`;
    document.head.innerHTML = `<link rel="modulepreload" ${POPUP_BUNDLE_ATTRIBUTE} href="${bundle}">`;
    const started = startPopupBundle(document);
    expect(started).toBeInstanceOf(Promise);
    expect(startPopupBundle(document)).toBe(false);
    await started;
    await vi.waitFor(() => expect(scope[flag]).toBe(1));
    expect(document.querySelector(`[${POPUP_BUNDLE_ATTRIBUTE}]`)).toBeNull();
  });

  it('says so in the popup when the bundle fails to load, and the first frame stops being busy', async () => {
    document.body.innerHTML = '<div id="root"><main aria-busy="true"><h1>ICS Scout</h1></main></div>';
    document.head.innerHTML = `<link rel="modulepreload" ${POPUP_BUNDLE_ATTRIBUTE} href="data:text/javascript,${encodeURIComponent('throw new Error("bundle broke")')}">`;
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await startPopupBundle(document);
    } finally {
      consoleError.mockRestore();
    }
    expect(document.querySelector('[role=alert]')?.textContent).toMatch(/^ICS Scout could not start \(bundle broke\)\. Close the popup and open it again/);
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    document.body.replaceChildren();
  });

  it('waits for the next frame to be painted, or for the fallback in a page that is not painted', async () => {
    vi.useFakeTimers();
    let frame: FrameRequestCallback | undefined;
    const painted = vi.fn();
    void afterNextPaint({ requestAnimationFrame: (callback: FrameRequestCallback) => ((frame = callback), 1) } as unknown as Window, 100).then(painted);
    await vi.advanceTimersByTimeAsync(10);
    expect(painted).not.toHaveBeenCalled();
    frame!(0); // the frame: the promise resolves in a task after it
    await vi.advanceTimersByTimeAsync(0);
    expect(painted).toHaveBeenCalledTimes(1);

    const hidden = vi.fn();
    void afterNextPaint({ requestAnimationFrame: () => 1 } as unknown as Window, 100).then(hidden);
    await vi.advanceTimersByTimeAsync(99);
    expect(hidden).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(hidden).toHaveBeenCalledTimes(1);
  });
});
