/** Entry of options.html: the options page against Thunderbird's `messenger` global. */
import { messengerGlobal } from './messenger-api';
import { runOptions } from './options-page';

const api = messengerGlobal();
const container = document.getElementById('app');
if (api && container) void runOptions(api, container);
