/**
 * The CLI's own words (usage, errors, `an unnamed relay` …), registered once, on import, by every CLI module that
 * shows them: a formatter then never prints a raw key, whether `main` ran first or not.
 */
import { addMessages } from '../i18n';
import { cliMessages } from '../i18n/cli';

addMessages(cliMessages);
