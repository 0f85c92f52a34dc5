// The steps beyond finding and clicking a switch that a service's rows may need (load.ts
// LoadSteps): opening the dialog the switch sits in, telling "not offered here" and "nothing
// to switch off here" (a setting the service retired for everyone), a control that is not a
// switch (a menu, a value: control.ts), reading a disabled box already protected, and
// pressing a box's Save button. The services' content script gives them to every load;
// LinkedIn's rows need none, so its script carries none (about 0.4 KB gzip, before the last
// four, it would load for nothing).
import { notOfferedHere } from './absent';
import { controlLoad } from './control';
import type { LoadSteps } from './load';
import { lockedProtected } from './locked';
import { openWhereItIs } from './open';
import { retiredHere } from './retired';
import { pressSave, saveButtonOf } from './save';

export const EVERY_STEP: LoadSteps = {
  open: openWhereItIs,
  notOffered: notOfferedHere,
  retired: retiredHere,
  control: controlLoad,
  locked: lockedProtected,
  save: { find: saveButtonOf, press: pressSave },
};
