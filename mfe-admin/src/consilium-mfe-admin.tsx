import { microfrontendLifecycles } from '@consilium/web-kit';
import { Root } from './root.component';

export const { bootstrap, mount, unmount } = microfrontendLifecycles(Root);
