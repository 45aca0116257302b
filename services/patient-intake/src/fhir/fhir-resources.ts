import { INDIAN_STATES } from '@consilium/validation';
import { v5 as uuidv5 } from 'uuid';
import type { Case } from '../case/case.entity';
import type { Consent } from '../consent/consent.entity';
import type { Patient } from '../patient/patient.entity';

/** A FHIR R4 resource as JSON. */
export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

/** How resources refer to the patient inside an exported Bundle (resolved against `fullUrl`). */
export const fhirReference = (id: string): { reference: string } => ({
  reference: `Patient/${id}`,
});

const IDENTIFIER_SYSTEMS: Record<string, string> = {
  AADHAAR: 'https://uidai.gov.in/aadhaar',
  ABHA: 'https://healthid.ndhm.gov.in',
  PAN: 'https://incometaxindia.gov.in/pan',
  PASSPORT: 'https://passportindia.gov.in',
  VOTER_ID: 'https://eci.gov.in/epic',
  DRIVING_LICENCE: 'https://parivahan.gov.in/dl',
  BIRTH_CERTIFICATE: 'https://crsorgi.gov.in/birth-certificate',
};

const GUARDIAN_CODES: Record<string, string> = {
  MOTHER: 'MTH',
  FATHER: 'FTH',
  PARENT: 'PRN',
  GUARDIAN: 'GUARD',
  LEGAL_REPRESENTATIVE: 'GUARD',
};

/**
 * The patient as a FHIR R4 Patient (http://hl7.org/fhir/R4/patient.html): name, gender,
 * birthDate, telecom, address (state by name, ISO 3166-2:IN code as extension-free text),
 * communication language (BCP 47), the identity document (Aadhaar masked), emergency contact and
 * guardian as contacts.
 * @param patient - the registration
 * @returns the resource
 */
export function patientResource(patient: Patient): FhirResource {
  const telecom = [
    ...(patient.phone ? [{ system: 'phone', value: patient.phone, use: 'mobile' }] : []),
    ...(patient.email ? [{ system: 'email', value: patient.email }] : []),
  ];
  const contact = [
    ...(patient.emergencyContact
      ? [
          {
            relationship: [
              {
                coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0131', code: 'C' }],
                text: patient.emergencyContact.relationship,
              },
            ],
            name: { text: patient.emergencyContact.name },
            telecom: [{ system: 'phone', value: patient.emergencyContact.phone }],
          },
        ]
      : []),
    ...(patient.guardian
      ? [
          {
            relationship: [
              {
                coding: [
                  {
                    system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
                    code: GUARDIAN_CODES[patient.guardian.relationship] ?? 'GUARD',
                  },
                ],
                text: patient.guardian.relationship,
              },
            ],
            name: { text: patient.guardian.fullName },
            ...(patient.guardian.phone
              ? { telecom: [{ system: 'phone', value: patient.guardian.phone }] }
              : {}),
          },
        ]
      : []),
  ];
  return {
    resourceType: 'Patient',
    id: patient.id,
    name: [
      { text: patient.fullName },
      ...(patient.nameLocal ? [{ text: patient.nameLocal, use: 'usual' }] : []),
    ],
    gender: patient.gender.toLowerCase(),
    birthDate: patient.birthDate,
    ...(telecom.length ? { telecom } : {}),
    ...(patient.address
      ? {
          address: [
            {
              line: [
                patient.address.line1,
                ...(patient.address.line2 ? [patient.address.line2] : []),
              ],
              city: patient.address.city,
              ...(patient.address.district ? { district: patient.address.district } : {}),
              state: INDIAN_STATES[patient.address.state].en,
              postalCode: patient.address.postalCode,
              country: 'IN',
            },
          ],
        }
      : {}),
    ...(patient.identifier
      ? {
          identifier: [
            {
              system: IDENTIFIER_SYSTEMS[patient.identifier.type],
              value: patient.identifier.value,
              type: { text: patient.identifier.type },
            },
          ],
        }
      : {}),
    ...(patient.preferredLanguage
      ? {
          communication: [
            {
              language: {
                coding: [{ system: 'urn:ietf:bcp:47', code: patient.preferredLanguage }],
              },
              preferred: true,
            },
          ],
        }
      : {}),
    ...(contact.length ? { contact } : {}),
  };
}

const CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
const SNOMED = 'http://snomed.info/sct';
const ALLERGY_CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';

/** The namespace of the name-based ids of case history items (RFC 9562 UUIDv5). */
const ITEM_NAMESPACE = '6f1d7f2e-5b0a-4c4e-9a55-2f1d0c3b8e71';

/** A stable UUID for the n-th item of a case section, so an export repeated gives the same ids. */
function itemId(caseId: string, section: string, index: number): string {
  return uuidv5(`${caseId}/${section}/${index}`, ITEM_NAMESPACE);
}

/**
 * A case's history as FHIR R4 resources: Condition (conditions and presenting symptoms),
 * MedicationStatement, AllergyIntolerance (or a "no known allergy" one, SNOMED 716186003),
 * Procedure, and the signed Consent.
 * @param found - the case
 * @param consent - its latest consent, if any
 * @returns the resources, each with an id unique in the export
 */
export function caseResources(found: Case, consent: Consent | null): FhirResource[] {
  const subject = fhirReference(found.patient.id);
  const resources: FhirResource[] = [];
  found.conditions.forEach((condition, index) => {
    resources.push({
      resourceType: 'Condition',
      id: itemId(found.id, 'c', index),
      ...(condition.clinicalStatus
        ? {
            clinicalStatus: {
              coding: [{ system: CLINICAL, code: condition.clinicalStatus.toLowerCase() }],
            },
          }
        : {}),
      verificationStatus: {
        coding: [{ system: VERIFICATION, code: 'unconfirmed' }],
        text: 'As reported by the patient',
      },
      code: {
        text: condition.text,
        ...(condition.code
          ? {
              coding: [
                {
                  system: condition.code.system === 'ICD-10' ? ICD10 : SNOMED,
                  code: condition.code.code,
                },
              ],
            }
          : {}),
      },
      subject,
      ...(condition.onsetDate ? { onsetDateTime: condition.onsetDate } : {}),
    });
  });
  found.symptoms.forEach((symptom, index) => {
    resources.push({
      resourceType: 'Condition',
      id: itemId(found.id, 's', index),
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/condition-category',
              code: 'problem-list-item',
            },
          ],
          text: 'Symptom',
        },
      ],
      code: { text: symptom.description },
      subject,
      ...(symptom.onsetDate ? { onsetDateTime: symptom.onsetDate } : {}),
      ...(symptom.severity
        ? { note: [{ text: `Severity ${symptom.severity} of 10, as reported by the patient` }] }
        : {}),
    });
  });
  found.medications.forEach((medication, index) => {
    const dosage = [medication.dose, medication.frequency, medication.route]
      .filter(Boolean)
      .join(', ');
    resources.push({
      resourceType: 'MedicationStatement',
      id: itemId(found.id, 'm', index),
      status: 'active',
      medicationCodeableConcept: { text: medication.medication },
      subject,
      ...(medication.effectiveStart
        ? { effectivePeriod: { start: medication.effectiveStart } }
        : {}),
      ...(dosage ? { dosage: [{ text: dosage }] } : {}),
    });
  });
  found.allergies.forEach((allergy, index) => {
    resources.push({
      resourceType: 'AllergyIntolerance',
      id: itemId(found.id, 'a', index),
      clinicalStatus: { coding: [{ system: ALLERGY_CLINICAL, code: 'active' }] },
      code: { text: allergy.substance },
      patient: subject,
      ...(allergy.reaction || allergy.severity
        ? {
            reaction: [
              {
                manifestation: [{ text: allergy.reaction ?? 'Reaction not described' }],
                ...(allergy.severity ? { severity: allergy.severity.toLowerCase() } : {}),
              },
            ],
          }
        : {}),
    });
  });
  if (found.noKnownAllergies) {
    resources.push({
      resourceType: 'AllergyIntolerance',
      id: itemId(found.id, 'n', 0),
      clinicalStatus: { coding: [{ system: ALLERGY_CLINICAL, code: 'active' }] },
      code: {
        coding: [{ system: SNOMED, code: '716186003', display: 'No known allergy' }],
        text: 'No known allergies',
      },
      patient: subject,
    });
  }
  found.procedures.forEach((procedure, index) => {
    resources.push({
      resourceType: 'Procedure',
      id: itemId(found.id, 'p', index),
      status: 'completed',
      code: { text: procedure.name },
      subject,
      ...(procedure.performedDate ? { performedDateTime: procedure.performedDate } : {}),
      ...(procedure.location ? { note: [{ text: `At ${procedure.location}` }] } : {}),
    });
  });
  if (consent) {
    resources.push({
      resourceType: 'Consent',
      id: consent.id,
      status: consent.status === 'ACTIVE' ? 'active' : 'inactive',
      scope: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' },
        ],
        text: 'Expert medical second opinion',
      },
      category: [
        { coding: [{ system: 'http://loinc.org', code: '59284-0' }], text: 'Patient consent' },
      ],
      patient: subject,
      dateTime: consent.dateTime.toISOString(),
      performer: [{ display: `${consent.signerName} (${consent.signerRelationship})` }],
      policyRule: { text: `Consilium e-consent ${consent.documentSha256}` },
    });
  }
  return resources;
}
