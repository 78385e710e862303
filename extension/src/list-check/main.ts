// The extension's list page: <ti-list-check> on the company API the extension may reach (its host permission),
// in the browser's language. Opened from the side panel (shared/list-check-url.ts).
import browser from 'webextension-polyfill';
import '@ti-toolkit/components/list-check';
import {toLang} from '../sidepanel/panel-lang.ts';
import {LIST_CHECK_PAGE_TEXTS} from './list-check-page.texts.ts';

const lang = toLang(browser.i18n.getUILanguage());
const texts = LIST_CHECK_PAGE_TEXTS[lang];
document.documentElement.lang = lang;
document.title = texts.title;
document.querySelector('#title')!.textContent = texts.title;
document.querySelector('#intro')!.textContent = texts.intro;

const check = document.createElement('ti-list-check');
check.setAttribute('lang', lang);
check.setAttribute('company-api', __TI_API_ORIGIN__);
document.querySelector('main')!.append(check);
