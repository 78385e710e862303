// The side panel (Chrome) and sidebar (Firefox) page: the panel element on the extension's real backend.
import browser from 'webextension-polyfill';
import './adviser-panel.ts';
import {createExtensionBackend} from './extension-backend.ts';
import {toLang} from './panel-lang.ts';
import {pinnedTabId} from './pinned-tab.ts';

// French by default, English for an English browser; the components inside read the same <html lang>.
document.documentElement.lang = toLang(browser.i18n.getUILanguage());

const panel = document.querySelector('ti-adviser-panel')!;
panel.backend = createExtensionBackend(pinnedTabId(location.search));
