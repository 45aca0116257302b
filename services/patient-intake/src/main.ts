import { patientIntake } from './index';

void patientIntake.main();
