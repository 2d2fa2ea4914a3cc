import '../../components/styles.css';
import { renderPage } from '../../components/render-page';
import { OptionsApp } from './OptionsApp';

renderPage(OptionsApp, {});
