/** The core checks shared with Chromium (../browser/core/core-checks.ts), in Firefox. */
import { defineCoreChecks } from '../browser/core/core-checks';
import { launchFirefox } from '../browser/drivers/firefox';

defineCoreChecks(launchFirefox);
