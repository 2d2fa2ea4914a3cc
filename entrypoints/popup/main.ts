import '../../components/styles.css';
import { renderPage } from '../../components/render-page';
import { takePopupFirstRead } from '../../utils/popup/first-read';
import { PopupApp } from './PopupApp';

// The first-read script (popup-first-read.ts) has been reading the store while this bundle loaded, has
// usually put the company's card on screen already, and then started this bundle: hydrate that card, else
// render at once with what it read, so the card appears in the first frame rather than after a loading state.
void takePopupFirstRead().then((read) => renderPage(PopupApp, read, { now: true, hydrate: read.initial?.shown === true }));
