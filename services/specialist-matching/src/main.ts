import { specialistMatching } from './index';

void specialistMatching.main();
