import { startSearch } from './search-panel.ts';

// The search panel's own script, loaded by the header's search button when a reader first opens
// it (`search-toggle.ts`): it is built as a file of its own, so the page's script imports it by
// address and carries neither its code nor a loader for it.
const panel = document.getElementById('site-search');
const input = panel?.querySelector<HTMLInputElement>('input[type="search"]');
if (panel && input) void startSearch(panel, input);
