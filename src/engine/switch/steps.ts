// The steps beyond finding and clicking a switch that a service's rows may need (load.ts
// LoadSteps): opening the dialog the switch sits in, telling "not offered here", a control
// that is not a switch (a menu, a value: control.ts), reading a disabled box already
// protected, and pressing a box's Save button. The services' content script gives them to
// every load; LinkedIn's rows need none, so its script carries none (about 0.4 KB gzip,
// before the last three, it would load for nothing).
import { notOfferedHere } from './absent';
import { controlLoad } from './control';
import type { LoadSteps } from './load';
import { lockedProtected } from './locked';
import { openWhereItIs } from './open';
import { pressSave, saveButtonOf } from './save';

export const EVERY_STEP: LoadSteps = {
  open: openWhereItIs,
  notOffered: notOfferedHere,
  control: controlLoad,
  locked: lockedProtected,
  save: { find: saveButtonOf, press: pressSave },
};
