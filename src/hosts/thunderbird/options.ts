/** Entry of options.html: the options page against Thunderbird's `messenger` global. */
import { followColorScheme, markTheme } from '../../ui/color-scheme';
import { messengerGlobal } from './messenger-api';
import { runOptions } from './options-page';

const api = messengerGlobal();
const container = document.getElementById('app');
// Thunderbird hands its light or dark theme to extension pages as prefers-color-scheme.
followColorScheme(window, (dark) => markTheme(document, dark));
if (api && container) void runOptions(api, container);
