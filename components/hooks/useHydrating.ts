import { useSyncExternalStore } from 'react';

const nothingToWatch = () => () => {};

/**
 * True during the render that hydrates markup already in the page (the popup's first frame, which that
 * render must match node for node), false in every render after it and in pages rendered from scratch.
 * React renders again by itself once hydration is done (getServerSnapshot differs from getSnapshot).
 */
export function useHydrating(): boolean {
  return useSyncExternalStore(
    nothingToWatch,
    () => false,
    () => true,
  );
}
