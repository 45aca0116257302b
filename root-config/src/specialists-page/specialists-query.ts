/**
 * A first page of the directory of verified, active specialists, read through the gateway as an
 * anonymous visitor (the `specialists` query is public; it lists only verified, active profiles).
 */
export const SPECIALISTS_PREVIEW_QUERY = `query PublicSpecialistsPreview {
  specialists(first: 6) {
    edges {
      node {
        id
        fullName
        nameLocal
        photoUrl
        specialty
        subSpecialty
        qualifications
        aiimsTrained
        aiimsCampus
        yearsOfExperience
        languages
        city
        registration { council number year }
      }
    }
  }
}`;

/** A specialist as the preview shows them. */
export interface SpecialistPreview {
  id: string;
  fullName: string;
  nameLocal: string | null;
  /** an https URL, or null (initials are shown) */
  photoUrl: string | null;
  specialty: string;
  subSpecialty: string | null;
  qualifications: string;
  aiimsTrained: boolean;
  aiimsCampus: string | null;
  yearsOfExperience: number;
  /** English names, e.g. Tamil */
  languages: string[];
  city: string;
  registration: { council: string; number: string; year: number };
}

/** The answer to SPECIALISTS_PREVIEW_QUERY. */
export interface SpecialistsPreview {
  specialists: { edges: { node: SpecialistPreview }[] };
}
