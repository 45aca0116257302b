import { fileNameFromDisposition, saveBlob } from './save-file';
import { accessTokenForRequest, renewAfterRefusal } from './session';

/**
 * A request to one of the gateway's plain HTTP endpoints (not GraphQL, e.g. the FHIR export) with
 * the viewer's access token as `Authorization: Bearer …`. A 401 renews the token once and asks
 * again, as the apps' Apollo Client does. Only same-origin addresses get the token.
 * @param path - a path on this origin, e.g. `/health-record/<id>/fhir`
 * @param init - the fetch options (headers are kept; credentials are same-origin)
 * @returns the gateway's response (any status)
 * @throws TypeError when the gateway cannot be reached, or when `path` is on another origin
 */
export async function fetchWithSession(path: string, init: RequestInit = {}): Promise<Response> {
  if (new URL(path, window.location.origin).origin !== window.location.origin) {
    throw new TypeError('fetchWithSession sends the access token to this origin only');
  }
  const send = (token: string | null): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(path, { ...init, headers, credentials: 'same-origin' });
  };
  const token = await accessTokenForRequest();
  const response = await send(token);
  if (response.status !== 401 || !(await renewAfterRefusal(token))) return response;
  return send(await accessTokenForRequest());
}

/**
 * Downloads a file the gateway serves to the signed-in viewer (e.g. the FHIR export) and saves it
 * under the name its `Content-Disposition` gives.
 * @param path - a path on this origin
 * @param accept - the `Accept` header, e.g. `application/fhir+json`
 * @param fallbackName - the name to save under when the response names none
 * @returns the name saved under, or the HTTP status of a refusal (0: the gateway could not be reached)
 */
export async function saveFileWithSession(
  path: string,
  accept: string,
  fallbackName: string,
): Promise<{ fileName: string } | { status: number }> {
  try {
    const response = await fetchWithSession(path, { headers: { accept } });
    if (!response.ok) return { status: response.status };
    const blob = await response.blob();
    const fileName =
      fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
    saveBlob(blob, fileName);
    return { fileName };
  } catch (error) {
    console.warn(`Consilium: ${path} could not be downloaded`, error);
    return { status: 0 };
  }
}
