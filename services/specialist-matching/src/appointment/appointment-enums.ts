import { registerEnumType } from 'type-graphql';

/** Where an appointment stands (FHIR R4 Appointment.status, the values we use). */
export enum AppointmentStatus {
  /** the specialist offered times; the patient's side picks one */
  PROPOSED = 'PROPOSED',
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
}

/** How the consultation happens (FHIR R4 Appointment.serviceType, narrowed). */
export enum AppointmentMode {
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
  IN_PERSON = 'IN_PERSON',
}

registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: 'Where an appointment stands.',
});
registerEnumType(AppointmentMode, {
  name: 'AppointmentMode',
  description: 'Phone, video or in person.',
});
