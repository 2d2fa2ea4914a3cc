import { useEffect } from 'react';

/** Marks the moment a view first shows its data: the benchmark reads it (popup.first_render_ms). */
export function useFirstRenderMark(ready: boolean, name = 'ics-scout:ready'): void {
  useEffect(() => {
    if (ready && performance.getEntriesByName(name).length === 0) performance.mark(name);
  }, [ready, name]);
}
