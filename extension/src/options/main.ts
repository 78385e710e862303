// The options page: the options element on the extension's real backend, in the browser's language.
import browser from 'webextension-polyfill';
import {toLang} from '../sidepanel/panel-lang.ts';
import {createExtensionOptionsBackend} from './extension-options-backend.ts';
import './options-page.ts';

document.documentElement.lang = toLang(browser.i18n.getUILanguage());

const page = document.querySelector('ti-adviser-options')!;
page.backend = createExtensionOptionsBackend();
