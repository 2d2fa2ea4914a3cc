import '../../components/styles.css';
import { renderPage } from '../../components/render-page';
import { takePopupFirstRead } from '../../utils/popup/first-read';
import { PopupApp } from './PopupApp';

// The first-read script (popup-first-read.ts) has been reading the store while this bundle loaded: render
// with what it read, at once, so the card appears in the first frame rather than after a loading state.
void takePopupFirstRead().then((read) => renderPage(PopupApp, read, { now: true }));
