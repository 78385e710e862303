import browser, {type Menus, type Tabs} from 'webextension-polyfill';
import {lookUpNamed} from './manual-lookup.ts';
import {openPanel} from './open-panel.ts';

export const MENU_ID = 'ti-look-up-selection';

/** Menus persist with the extension: created once, at install or update. */
export function createContextMenu(): void {
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuLookUp'),
    contexts: ['selection'],
  });
}

export function onContextMenuClick(
  info: Menus.OnClickData,
  tab: Tabs.Tab | undefined
): void {
  if (info.menuItemId !== MENU_ID) return;
  openPanel(tab?.id);
  void lookUpNamed(tab?.id ?? null, info.selectionText ?? '', 'selection');
}
