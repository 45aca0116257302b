// The page's first script: starts restoring the session while the other modules load. It imports
// nothing else, so it runs as soon as it arrives (see startFirstRefresh).
import { startFirstRefresh } from '@consilium/web-kit/src/first-refresh';

startFirstRefresh();
