import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { takePopupFirstRead } from '../../utils/popup/first-read';
import { PopupApp } from './PopupApp';

// The first-read script (popup-first-read.ts) has been reading the store while this bundle loaded: render
// with what it read, so the card appears in the first frame rather than after a loading state. The data is
// there already, so the first render runs now (flushSync) instead of waiting for React's scheduler.
void takePopupFirstRead().then((initial) => {
  const root = createRoot(document.getElementById('root')!);
  flushSync(() =>
    root.render(
      <StrictMode>
        <PopupApp initial={initial} />
      </StrictMode>,
    ),
  );
});
