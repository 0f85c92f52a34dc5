// The steps beyond finding and clicking a switch that a service's rows may need (load.ts
// LoadSteps): opening the dialog the switch sits in, telling "not offered here", and telling
// "nothing to switch off here" (a setting the service retired for everyone). The
// services' content script gives them to every load; LinkedIn's rows need neither, so its
// script carries neither (about 0.4 KB gzip it would load for nothing).
import { notOfferedHere } from './absent';
import type { LoadSteps } from './load';
import { openWhereItIs } from './open';
import { retiredHere } from './retired';

export const EVERY_STEP: LoadSteps = { open: openWhereItIs, notOffered: notOfferedHere, retired: retiredHere };
