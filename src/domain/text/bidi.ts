/**
 * Unicode's bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and
 * the marks (U+200E, U+200F, U+061C). In a title or a name they only serve to disguise: "invoice" + U+202E +
 * "gpj.exe" reads "invoiceexe.jpg". Right-to-left text itself (Arabic, Hebrew) needs none of them to show.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
