/** Entry of popup.html: runs the popup against Thunderbird's `messenger` global. */
import { messengerGlobal } from './messenger-api';
import { runPopup } from './popup-controller';

const api = messengerGlobal();
const container = document.getElementById('app');
if (api && container) void runPopup(api, container);
