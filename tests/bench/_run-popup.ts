import { measurePopup } from './popup.bench';
import { measureLookups } from './lookups.bench';
void (async () => { console.log(JSON.stringify(await measurePopup()));
console.log(JSON.stringify(await measureLookups())); })();
