import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import './page.css';

/** Renders an extension page's app, with the document language set to the UI language. */
export function mountPage(app: ReactNode, title: string): void {
  document.documentElement.lang = browser.i18n.getUILanguage().startsWith('id') ? 'id' : browser.i18n.getUILanguage();
  document.title = title;
  const container = document.getElementById('root');
  if (!container) throw new Error('Pilar page is missing its #root element');
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}
