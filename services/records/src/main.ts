import { records } from './index';

void records.main();
