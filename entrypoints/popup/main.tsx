import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { takePopupFirstRead } from '../../utils/popup/first-read';
import { PopupApp } from './PopupApp';

// The first-read script (popup-first-read.ts) has been reading the store while this bundle loaded: render
// with what it read, so the card appears in the first frame rather than after a loading state.
void takePopupFirstRead().then((initial) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PopupApp initial={initial} />
    </StrictMode>,
  ),
);
