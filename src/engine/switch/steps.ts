// The steps beyond finding and clicking a switch that a service's rows may need (load.ts
// LoadSteps): opening the dialog the switch sits in, telling "not offered here", and a
// control that is not a switch (a menu, a value: control.ts). The
// services' content script gives them to every load; LinkedIn's rows need neither, so its
// script carries neither (about 0.4 KB gzip it would load for nothing).
import { notOfferedHere } from './absent';
import { controlLoad } from './control';
import type { LoadSteps } from './load';
import { openWhereItIs } from './open';

export const EVERY_STEP: LoadSteps = { open: openWhereItIs, notOffered: notOfferedHere, control: controlLoad };
