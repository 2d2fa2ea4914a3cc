import '../../components/styles.css';
import { renderPage } from '../../components/render-page';
import { SidePanelApp } from './SidePanelApp';

renderPage(SidePanelApp, {});
