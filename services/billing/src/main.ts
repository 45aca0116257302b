import { billing } from './index';

void billing.main();
