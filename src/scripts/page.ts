/**
 * The one script every page loads: each enhancement looks for its own elements and does nothing
 * on a page that has none, so one small cached module serves the whole site.
 */
import { enhanceCopyButtons } from './copy-snippet';
import { keepPlaceOnSwitch } from './language-switch';
import { enablePrintButtons } from './print';
import { enhanceTermCards } from './term-cards';

keepPlaceOnSwitch();
enablePrintButtons();
enhanceCopyButtons();
enhanceTermCards();
