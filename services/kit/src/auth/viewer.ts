/**
 * The roles of DESIGN.md §1. A token carries every role its account has; proxies also carry the
 * patients they may act for. COMPLIANCE is the named role that alone may read what an erasure
 * kept sealed under the retention schedule (issue 7), each read logged.
 */
export const ROLES = [
  'PATIENT',
  'PROXY',
  'SPECIALIST',
  'GP',
  'OPERATIONS',
  'PARTNER',
  'COMPLIANCE',
] as const;
export type Role = (typeof ROLES)[number];

/** The scopes a partner client can be granted (issue "Identity and access"). */
export const PARTNER_SCOPES = ['cases:refer', 'cases:read-status', 'reports:read'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

/** Who is calling, as proven by a verified access token. */
export interface Viewer {
  /** the account (or partner client) id: the token's `sub` */
  accountId: string;
  roles: Role[];
  /** the patients this viewer may act for: their own record, and those they are a proxy of */
  patientIds: string[];
  /**
   * the relationship (e.g. MOTHER) of this viewer to each patient they act for as a proxy; the
   * viewer's own patient record has no entry
   */
  proxyRelationships: Record<string, string>;
  /** the specialist profile of a specialist account */
  specialistId: string | null;
  /** the partner organisation of a partner client */
  partnerId: string | null;
  /** the account's display name (`name`, OpenID Connect Core §5.1), e.g. for a signature check */
  displayName: string | null;
  scopes: string[];
  /** the token's id, for the audit log */
  tokenId: string | null;
  /** when the token was issued (`iat`, seconds since the epoch) */
  issuedAt: number;
}

/** The claims Consilium access tokens carry beyond the registered ones (RFC 7519 §4.1). */
export interface AccessTokenClaims {
  sub: string;
  roles: Role[];
  /** patient ids the subject may act for */
  pid?: string[];
  /** patient id → the proxy's relationship to them (FHIR RelatedPerson.relationship) */
  rel?: Record<string, string>;
  /** specialist profile id */
  spc?: string;
  /** partner organisation id */
  org?: string;
  /** the account's display name (OpenID Connect Core 1.0 §5.1 `name`) */
  name?: string;
  /** space-separated OAuth2 scopes (RFC 8693 §4.2) */
  scope?: string;
  jti?: string;
  iat?: number;
}

/** The issuer and audience of every Consilium access token. */
export const TOKEN_ISSUER = 'urn:consilium:identity';
export const TOKEN_AUDIENCE = 'urn:consilium:api';

/**
 * Turns verified claims into a viewer, dropping roles this platform does not know.
 * @param claims - the verified payload
 * @returns the viewer
 */
export function viewerFromClaims(claims: AccessTokenClaims): Viewer {
  const roles = (Array.isArray(claims.roles) ? claims.roles : []).filter((role): role is Role =>
    (ROLES as readonly string[]).includes(role),
  );
  return {
    accountId: claims.sub,
    roles,
    patientIds: Array.isArray(claims.pid) ? claims.pid.filter((id) => typeof id === 'string') : [],
    proxyRelationships:
      claims.rel && typeof claims.rel === 'object'
        ? Object.fromEntries(
            Object.entries(claims.rel).filter(
              ([, relationship]) => typeof relationship === 'string',
            ),
          )
        : {},
    specialistId: typeof claims.spc === 'string' ? claims.spc : null,
    partnerId: typeof claims.org === 'string' ? claims.org : null,
    displayName: typeof claims.name === 'string' ? claims.name : null,
    scopes: typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [],
    tokenId: typeof claims.jti === 'string' ? claims.jti : null,
    issuedAt: typeof claims.iat === 'number' ? claims.iat : 0,
  };
}

/**
 * @param viewer - the caller
 * @param role - a role
 * @returns whether the viewer has it
 */
export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer?.roles.includes(role) ?? false;
}

/**
 * Whether the viewer is platform staff (operations or compliance), who alone may introspect the
 * schema in production.
 * @param viewer - the request's viewer, or null
 * @returns true for operations and compliance accounts
 */
export function isStaff(viewer: Pick<Viewer, 'roles'> | null): boolean {
  return viewer?.roles.some((role) => role === 'OPERATIONS' || role === 'COMPLIANCE') ?? false;
}
