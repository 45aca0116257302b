import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A safelisted partner operation as graphql-codegen generates it (with its SHA-256). */
export type PartnerOperation<TResult, TVariables> = TypedDocumentNode<TResult, TVariables> & {
  __meta__?: { hash?: string };
};

/** An error the partner API answered with: act on `code` (see docs/partners.md). */
export class PartnerApiError extends Error {
  /**
   * @param code - the `extensions.code`, e.g. FORBIDDEN
   * @param message - what went wrong and what to do
   * @param field - the input field at fault, for BAD_USER_INPUT
   * @param status - the HTTP status
   */
  constructor(
    readonly code: string,
    message: string,
    readonly field: string | null,
    readonly status: number,
  ) {
    super(message);
    this.name = 'PartnerApiError';
  }
}

/** Where the platform is and the partner's client credentials. */
export interface PartnerClientOptions {
  /** e.g. `https://consilium.example` */
  origin: string;
  clientId: string;
  clientSecret: string;
  /** space-separated scopes, e.g. `cases:read-status reports:read` */
  scope: string;
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/**
 * A small typed client of the partner API: gets an access token with the OAuth 2.0 client
 * credentials grant (RFC 6749 §4.4) and runs safelisted operations by their SHA-256 (Apollo
 * persisted queries), typed by the operation's generated document.
 * @param options - origin and client credentials
 * @returns `run(operation, variables)`: the operation's data
 * @throws PartnerApiError with the API's code (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT,
 *   OPERATION_NOT_SAFELISTED, …) when the token or the operation is refused
 */
export function createPartnerClient(options: PartnerClientOptions): {
  run: <TResult, TVariables>(
    operation: PartnerOperation<TResult, TVariables>,
    variables: TVariables,
  ) => Promise<TResult>;
} {
  let token: { value: string; expiresAt: number } | null = null;
  const accessToken = async (): Promise<string> => {
    if (token && token.expiresAt > Date.now() + 30_000) return token.value;
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64');
    const response = await fetch(`${options.origin}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${basic}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: options.scope }),
    });
    const body = (await response.json()) as {
      access_token?: string;
      expires_in?: number;
      error?: string;
      error_description?: string;
    };
    if (!response.ok || !body.access_token) {
      throw new PartnerApiError(
        body.error ?? 'UNAUTHENTICATED',
        body.error_description ?? `The token request failed (${response.status}).`,
        null,
        response.status,
      );
    }
    token = { value: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 0) * 1000 };
    return token.value;
  };
  return {
    run: async (operation, variables) => {
      const hash = operation.__meta__?.hash?.replace(/^sha256:/, '');
      if (!hash)
        throw new TypeError('Generate the operation with persistedDocuments (codegen.yml).');
      const response = await fetch(`${options.origin}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await accessToken()}`,
        },
        body: JSON.stringify({
          variables,
          extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
        }),
      });
      const body = (await response.json()) as GraphQLBody<never>;
      const [error] = body.errors ?? [];
      if (error) {
        throw new PartnerApiError(
          error.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
          error.message,
          error.extensions?.field ?? null,
          response.status,
        );
      }
      return body.data as never;
    },
  };
}
