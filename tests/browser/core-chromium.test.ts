/** The core checks shared with Firefox (./core/core-checks.ts), in Chromium. */
import { defineCoreChecks } from './core/core-checks';
import { launchChromium } from './drivers/chromium';

defineCoreChecks(launchChromium);
