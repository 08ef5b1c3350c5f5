/**
 * What the preview page may fetch once the preview starts: its own origin,
 * blob: and data: URLs only. Outside Office, office.js still sets up its
 * telemetry frame (it loads https://telemetryservice.firstpartyapps.oaspapps.com/
 * three seconds after start-up); the workbook the user opens must stay on
 * this machine, and so must every request of the preview. The policy limits
 * where requests go, nothing else (inline styles and scripts stay allowed).
 */
export const PREVIEW_CSP = "default-src 'self' blob: data: 'unsafe-inline' 'unsafe-eval'";

/**
 * Adds the Content-Security-Policy above as a <meta> element: Chromium,
 * Firefox and Safari enforce a policy added this way for every later request.
 * Only the preview does this; inside Excel the page is left as it is.
 */
export function guardOutsideRequests(doc: Document = document): void {
  if (doc.querySelector('meta[data-credit-desk-csp]')) return;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = PREVIEW_CSP;
  meta.setAttribute('data-credit-desk-csp', '');
  doc.head.appendChild(meta);
}
