/** Entry of popup.html: runs the popup against Thunderbird's `messenger` global. */
import { followColorScheme, markTheme } from '../../ui/color-scheme';
import { messengerGlobal } from './messenger-api';
import { runPopup } from './popup-controller';

const api = messengerGlobal();
const container = document.getElementById('app');
// Thunderbird hands its light or dark theme to extension pages as prefers-color-scheme.
followColorScheme(window, (dark) => markTheme(document, dark));
if (api && container) void runPopup(api, container);
